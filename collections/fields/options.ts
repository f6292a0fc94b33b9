/** A select field's options from its values, each labelled as written (codes staff know). */
export const options = (values: readonly string[]) =>
  values.map((value) => ({ label: value, value }))
