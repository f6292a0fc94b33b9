/**
 * A reported place as the public sees it: coordinates rounded to 4 decimals (about 11 m north to
 * south, 8 m east to west here), enough to find a pothole, too coarse to pick out a home from the
 * point a phone put on its doorstep. Staff keep the exact point.
 */
export const PUBLIC_DECIMALS = 4

export const publicCoordinate = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10 ** PUBLIC_DECIMALS) / 10 ** PUBLIC_DECIMALS
