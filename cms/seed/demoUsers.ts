import type { Role } from '../access/core/roles'

/** Printed by `npm start` and used by tests; seeded only outside production. */
export const DEMO_PASSWORD = 'demo-password-1'

type DemoUser = {
  email: string
  firstName: string
  lastName: string
  department: string
  roles: Role[]
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@city.example',
    firstName: 'Alex',
    lastName: 'Admin',
    department: 'Corporate Communications',
    roles: ['admin'],
  },
  {
    email: 'manager@city.example',
    firstName: 'Morgan',
    lastName: 'Tremblay',
    department: 'Corporate Communications',
    roles: ['communications-manager'],
  },
  {
    email: 'writer@city.example',
    firstName: 'Wei',
    lastName: 'Chen',
    department: 'Corporate Communications',
    roles: ['communications-writer'],
  },
  {
    email: 'writer2@city.example',
    firstName: 'Priya',
    lastName: 'Singh',
    department: 'Corporate Communications',
    roles: ['communications-writer'],
  },
  {
    email: 'emergency@city.example',
    firstName: 'Émile',
    lastName: 'Gagnon',
    department: 'Emergency Management',
    roles: ['emergency-officer'],
  },
  {
    email: 'emergency2@city.example',
    firstName: 'Dana',
    lastName: 'Okafor',
    department: 'Emergency Management',
    roles: ['emergency-officer'],
  },
  {
    email: 'sponsorship@city.example',
    firstName: 'Sam',
    lastName: 'Lee',
    department: 'Corporate Sponsorship',
    roles: ['sponsorship-coordinator'],
  },
]
