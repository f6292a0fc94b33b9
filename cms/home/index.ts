/**
 * Each person's home: the dashboard's first panel, their own work by role. The domain's public
 * surface: other parts import from here.
 */

export { yourWork, type Task, type TaskGroup } from './work'
