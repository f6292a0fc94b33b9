import * as migration_20261127_101059_initial from './20261127_101059_initial';
import * as migration_20261127_105240_workflow from './20261127_105240_workflow';

export const migrations = [
  {
    up: migration_20261127_101059_initial.up,
    down: migration_20261127_101059_initial.down,
    name: '20261127_101059_initial',
  },
  {
    up: migration_20261127_105240_workflow.up,
    down: migration_20261127_105240_workflow.down,
    name: '20261127_105240_workflow'
  },
];
