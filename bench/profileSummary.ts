import { readFile } from 'node:fs/promises'

/**
 * `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]`: where a process spent its CPU (a
 * profile from `bench:storm --profile`): self time by package or project folder, then by function,
 * and the project's own functions by total time (themselves and what they call).
 */
type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, topArg] = process.argv.slice(2)
if (!file) throw new Error('Name a .cpuprofile file: npx tsx bench/profileSummary.ts FILE [top]')
const top = Number(topArg ?? 25)
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const selfMs = new Map<number, number>()
profile.samples.forEach((id, i) =>
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
)
const total = [...selfMs.values()].reduce((a, b) => a + b, 0)

const place = (url: string) => {
  if (!url) return '(native or idle)'
  const modules = url.split('node_modules/')
  if (modules.length > 1) {
    const rest = modules.at(-1)!.split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  if (url.startsWith('node:')) return url
  const project = /\/(cms|site|collections|emergency)\/(.*?)\//.exec(url)
  return project ? `${project[1]}/${project[2]}` : url.split('/').slice(-2).join('/')
}
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${place(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms)
const byPlace = new Map<string, number>()
const byFunction = new Map<string, number>()
const ownTotal = new Map<string, number>()
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!
  add(byPlace, place(node.callFrame.url), ms)
  add(byFunction, label(node), ms)
  // Total time of the project's own functions: each sample counted once per distinct function on
  // its stack.
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!
    if (
      /\/(cms|collections|emergency|site)\//.test(frame.callFrame.url) &&
      !frame.callFrame.url.includes('node_modules') &&
      !frame.callFrame.url.includes('.next')
    ) {
      const key = label(frame)
      if (!seen.has(key)) add(ownTotal, key, ms)
      seen.add(key)
    }
  }
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${(ms / 1000).toFixed(1).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`,
    )
}
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled`)
print('self time by package or folder', byPlace)
print('self time by function', byFunction)
print("the project's functions, total time", ownTotal)
