import type { Role } from '../access/core/roles'

/** Printed by `npm start` and used by tests; seeded only outside production. */
export const DEMO_PASSWORD = 'demo-password-1'

type DemoUser = {
  email: string
  firstName: string
  lastName: string
  /** The English name of one of DEMO_DEPARTMENTS. */
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
  {
    email: 'desk@city.example',
    firstName: 'Jordan',
    lastName: 'Roy',
    department: 'Customer Service',
    roles: ['desk-agent'],
  },
]

/** The demo city's departments (English and French names); demo staff belong to them by name. */
export const DEMO_DEPARTMENTS: readonly {
  name: string
  nameFr: string
  email: string
  /** An outside agency 311 forwards requests to (not the City's). */
  external?: boolean
}[] = [
  {
    name: 'Corporate Communications',
    nameFr: 'Communications',
    email: 'communications@city.example',
  },
  { name: 'Customer Service', nameFr: 'Service à la clientèle', email: 'contact@city.example' },
  { name: 'Emergency Management', nameFr: 'Gestion des urgences', email: 'emergency@city.example' },
  { name: 'Corporate Sponsorship', nameFr: 'Commandites', email: 'sponsorship@city.example' },
  { name: 'Public Works', nameFr: 'Travaux publics', email: 'publicworks@city.example' },
  { name: 'Parks and Recreation', nameFr: 'Parcs et loisirs', email: 'parks@city.example' },
  { name: 'Finance', nameFr: 'Finances', email: 'finance@city.example' },
  { name: 'Building Services', nameFr: 'Services du bâtiment', email: 'building@city.example' },
  { name: 'Clerk’s Office', nameFr: 'Bureau du greffe', email: 'clerk@city.example' },
  {
    name: 'By-law Enforcement',
    nameFr: 'Application des règlements municipaux',
    email: 'bylaw@city.example',
  },
  {
    name: 'Environmental Services',
    nameFr: 'Services environnementaux',
    email: 'environment@city.example',
  },
  {
    name: 'Region of Maple Bay, Regional Roads',
    nameFr: 'Région de Maple Bay, routes régionales',
    email: 'roads@region.example',
    external: true,
  },
]
