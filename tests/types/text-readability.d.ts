/** The reference readability implementation the accessibility checker is compared with (no types ship). */
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number }
  export default readability
}
