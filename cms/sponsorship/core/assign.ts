/**
 * Who answers a new inquiry: the coordinator with the fewest open inquiries, the longest-serving
 * account on a tie, so the work spreads and the choice is predictable. Nobody, when the City has no
 * coordinator: the acknowledgement is then signed by the team.
 */
type Coordinator = {
  id: number | string
  firstName?: string | null
}

export const pickCoordinator = <C extends Coordinator>(
  coordinators: readonly C[],
  openCounts: ReadonlyMap<string, number>,
): C | null => {
  let best: C | null = null
  for (const person of coordinators) {
    if (!best) {
      best = person
      continue
    }
    const mine = openCounts.get(String(person.id)) ?? 0
    const theirs = openCounts.get(String(best.id)) ?? 0
    if (mine < theirs || (mine === theirs && Number(person.id) < Number(best.id))) best = person
  }
  return best
}
