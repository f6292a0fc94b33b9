import { describe, expect, it } from 'vitest'

import {
  addBusinessDays,
  closedDays,
  closedReason,
  type CityCalendar,
  DEFAULT_CALENDAR,
  dueStatus,
  endOfDay,
  isBusinessDay,
  localDate,
  responseDue,
  todayBounds,
} from './businessDays'

/**
 * Written out by hand from the Ontario government's published holiday list, not computed: the clock must
 * agree with the calendar on every office's wall. Weekend holidays move to the next free weekday.
 */
const ONTARIO_CLOSED: Record<number, [string, string][]> = {
  2026: [
    ['2026-01-01', "New Year's Day"],
    ['2026-02-16', 'Family Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-18', 'Victoria Day'],
    ['2026-07-01', 'Canada Day'],
    ['2026-09-07', 'Labour Day'],
    ['2026-10-12', 'Thanksgiving'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day (observed)'],
  ],
  2027: [
    ['2027-01-01', "New Year's Day"],
    ['2027-02-15', 'Family Day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-05-24', 'Victoria Day'],
    ['2027-07-01', 'Canada Day'],
    ['2027-09-06', 'Labour Day'],
    ['2027-10-11', 'Thanksgiving'],
    ['2027-12-27', 'Christmas Day (observed)'],
    ['2027-12-28', 'Boxing Day (observed)'],
  ],
  2028: [
    ['2028-01-03', "New Year's Day (observed)"],
    ['2028-02-21', 'Family Day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-05-22', 'Victoria Day'],
    ['2028-07-03', 'Canada Day (observed)'],
    ['2028-09-04', 'Labour Day'],
    ['2028-10-09', 'Thanksgiving'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],
  ],
}

const statutoryOnly: CityCalendar = { closures: [], observedOptional: [] }

describe('Ontario statutory holidays, 2026 to 2028', () => {
  for (const [year, expected] of Object.entries(ONTARIO_CLOSED)) {
    it(`closes the offices on exactly the nine holidays of ${year} (weekend ones on their substitute day)`, () => {
      expect([...closedDays(Number(year), statutoryOnly).entries()].sort()).toEqual(expected)
    })
    it.each(expected)(
      `${year}: %s (%s) is not a business day, and the clock steps over it`,
      (date, reason) => {
        expect(isBusinessDay(date, statutoryOnly)).toBe(false)
        expect(closedReason(date, statutoryOnly)).toBe(reason)
        const dayBefore = new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10)
        expect(addBusinessDays(dayBefore, 1, statutoryOnly)).not.toBe(date)
      },
    )
  }

  it('Easter Monday, which the library lists as public for Ontario, is a working day (it is federal only)', () => {
    expect(isBusinessDay('2026-04-06', statutoryOnly)).toBe(true)
    expect(isBusinessDay('2026-04-06', DEFAULT_CALENDAR)).toBe(true)
    expect(isBusinessDay('2026-04-06', { closures: [], observedOptional: ['Easter Monday'] })).toBe(
      false,
    )
  })

  it('the Civic Holiday is closed by default (most Ontario cities close) and can be switched off', () => {
    expect(closedReason('2026-08-03', DEFAULT_CALENDAR)).toBe('Civic Holiday')
    expect(isBusinessDay('2026-08-03', statutoryOnly)).toBe(true)
    expect(closedReason('2027-08-02', DEFAULT_CALENDAR)).toBe('Civic Holiday')
  })

  it('Remembrance Day is a working day unless the City observes it', () => {
    expect(isBusinessDay('2026-11-11', DEFAULT_CALENDAR)).toBe(true)
    expect(
      isBusinessDay('2026-11-11', { closures: [], observedOptional: ['Remembrance Day'] }),
    ).toBe(false)
  })
})

describe('weekends and city closures', () => {
  it('Saturdays and Sundays are closed, weekdays open', () => {
    expect(closedReason('2026-12-05', DEFAULT_CALENDAR)).toBe('Saturday')
    expect(closedReason('2026-12-06', DEFAULT_CALENDAR)).toBe('Sunday')
    expect(closedReason('2026-12-07', DEFAULT_CALENDAR)).toBeNull()
  })

  it('a closure day from the City calendar is skipped, with its reason', () => {
    const calendar: CityCalendar = {
      ...DEFAULT_CALENDAR,
      closures: [{ date: '2026-12-08', reason: 'Ice storm: offices closed' }],
    }
    expect(closedReason('2026-12-08', calendar)).toBe('Ice storm: offices closed')
    expect(addBusinessDays('2026-12-04', 3, calendar)).toBe('2026-12-10')
    expect(addBusinessDays('2026-12-04', 3, DEFAULT_CALENDAR)).toBe('2026-12-09')
  })

  it('a closure without a reason says the offices are closed; a malformed date is ignored, not fatal', () => {
    const calendar: CityCalendar = {
      ...DEFAULT_CALENDAR,
      closures: [{ date: '2026-12-31' }, { date: '31/12/2026' }],
    }
    expect(closedReason('2026-12-31', calendar)).toBe('City offices closed')
  })

  it('a closure on a holiday keeps the holiday as the reason', () => {
    const calendar: CityCalendar = {
      ...DEFAULT_CALENDAR,
      closures: [{ date: '2026-12-25', reason: 'Holiday closure' }],
    }
    expect(closedReason('2026-12-25', calendar)).toBe('Christmas Day')
  })
})

describe('addBusinessDays', () => {
  it('counts only business days strictly after the start', () => {
    expect(addBusinessDays('2026-12-07', 1, DEFAULT_CALENDAR)).toBe('2026-12-08') // Monday -> Tuesday
    expect(addBusinessDays('2026-12-04', 1, DEFAULT_CALENDAR)).toBe('2026-12-07') // Friday -> Monday
    expect(addBusinessDays('2026-12-05', 3, DEFAULT_CALENDAR)).toBe('2026-12-09') // Saturday -> Wednesday
  })

  it('crosses the Christmas and New Year holidays', () => {
    // Thu 24 (1), [Fri 25, Sat, Sun, Mon 28 observed], Tue 29 (2), Wed 30 (3)
    expect(addBusinessDays('2026-12-23', 3, DEFAULT_CALENDAR)).toBe('2026-12-30')
    // 2027: Christmas Sat, Boxing Sun -> Mon 27 and Tue 28 closed; New Year's 2028 Sat -> Mon 3 Jan closed
    expect(addBusinessDays('2027-12-24', 3, DEFAULT_CALENDAR)).toBe('2027-12-31')
    expect(addBusinessDays('2027-12-30', 3, DEFAULT_CALENDAR)).toBe('2028-01-05')
  })

  it('crosses a long weekend (Good Friday 2026)', () => {
    expect(addBusinessDays('2026-04-02', 3, DEFAULT_CALENDAR)).toBe('2026-04-08')
  })

  it('refuses a count that is not a whole number of 1 or more', () => {
    expect(() => addBusinessDays('2026-12-01', 0, DEFAULT_CALENDAR)).toThrow(
      /whole number of 1 or more/,
    )
    expect(() => addBusinessDays('2026-12-01', 1.5, DEFAULT_CALENDAR)).toThrow(RangeError)
  })

  it('refuses a date not written YYYY-MM-DD', () => {
    expect(() => addBusinessDays('Dec 1 2026', 1, DEFAULT_CALENDAR)).toThrow(/YYYY-MM-DD/)
  })
})

describe('time zones: the day a message arrives is the day in Toronto', () => {
  it('23:30 on a Friday in Toronto (already Saturday in UTC) counts as Friday', () => {
    const received = new Date('2026-12-05T04:30:00Z') // Fri 4 Dec 23:30 EST
    expect(localDate(received)).toBe('2026-12-04')
    const due = responseDue(received, DEFAULT_CALENDAR)
    expect(due).toMatchObject({ receivedOn: '2026-12-04', dueDate: '2026-12-09' })
    expect(due.dueAt.toISOString()).toBe('2026-12-10T04:59:59.999Z') // Wed 9 Dec 23:59:59.999 EST
  })

  it('00:30 on a Monday in Toronto counts as Monday', () => {
    expect(responseDue(new Date('2026-12-07T05:30:00Z'), DEFAULT_CALENDAR).dueDate).toBe(
      '2026-12-10',
    )
  })

  it('a Sunday evening in Toronto that is already Monday in UTC still counts from Sunday', () => {
    const received = new Date('2026-12-07T02:00:00Z') // Sun 6 Dec 21:00 EST
    expect(responseDue(received, DEFAULT_CALENDAR)).toMatchObject({
      receivedOn: '2026-12-06',
      dueDate: '2026-12-09',
    })
  })

  it('uses daylight time in summer and standard time in winter, across the change', () => {
    const received = new Date('2026-10-31T03:30:00Z') // Fri 30 Oct 23:30 EDT
    const due = responseDue(received, DEFAULT_CALENDAR)
    expect(due.dueDate).toBe('2026-11-04') // Mon 2, Tue 3, Wed 4 (clocks went back on Sun 1 Nov)
    expect(due.dueAt.toISOString()).toBe('2026-11-05T04:59:59.999Z')
    expect(endOfDay('2026-07-15').toISOString()).toBe('2026-07-16T03:59:59.999Z')
    expect(endOfDay('2027-03-14').toISOString()).toBe('2027-03-15T03:59:59.999Z') // the day DST starts
  })

  // Regina: Saskatchewan keeps UTC-6 all year. (Vancouver was used before; British Columbia's move to
  // permanent daylight time reached the time zone database in 2026, so its December offset depends on
  // the Node release: -8 with Node 20's tzdata 2025c, -7 with Node 24's 2026e.)
  it('honours another time zone when the calendar names one', () => {
    const received = new Date('2026-12-05T04:30:00Z') // Fri 22:30 in Regina, Sat 04:30 UTC
    const regina = { ...DEFAULT_CALENDAR, timeZone: 'America/Regina' }
    expect(responseDue(received, regina)).toMatchObject({
      receivedOn: '2026-12-04',
      dueDate: '2026-12-09',
    })
    expect(responseDue(received, regina).dueAt.toISOString()).toBe('2026-12-10T05:59:59.999Z')
  })
})

describe('dueStatus and todayBounds', () => {
  const dueAt = endOfDay('2026-12-09')
  it.each([
    ['answered', { now: new Date('2026-12-20T12:00:00Z'), answered: true }],
    ['overdue', { now: new Date('2026-12-10T05:00:00Z'), answered: false }],
    ['due-today', { now: new Date('2026-12-09T05:00:00Z'), answered: false }], // 00:00 Toronto on the day
    ['due-today', { now: new Date('2026-12-10T04:59:59.999Z'), answered: false }],
    ['upcoming', { now: new Date('2026-12-09T04:59:00Z'), answered: false }], // 23:59 the day before
  ])('%s', (expected, args) => {
    expect(dueStatus({ dueAt, ...args })).toBe(expected)
  })

  it('today runs from Toronto midnight to Toronto midnight', () => {
    const bounds = todayBounds(new Date('2026-12-09T03:00:00Z')) // 22:00 on the 8th in Toronto
    expect(bounds.today).toBe('2026-12-08')
    expect(bounds.start.toISOString()).toBe('2026-12-08T05:00:00.000Z')
    expect(bounds.end.toISOString()).toBe('2026-12-09T04:59:59.999Z')
  })
})
