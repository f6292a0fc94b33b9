import * as migration_20261127_101059_initial from './20261127_101059_initial';

export const migrations = [
  {
    up: migration_20261127_101059_initial.up,
    down: migration_20261127_101059_initial.down,
    name: '20261127_101059_initial'
  },
];
