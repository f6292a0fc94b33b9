import * as migration_20261202_053043_initial from './20261202_053043_initial'

export const migrations = [
  {
    up: migration_20261202_053043_initial.up,
    down: migration_20261202_053043_initial.down,
    name: '20261202_053043_initial',
  },
]
