import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { buildCalendar, type CalendarEvent, foldLine } from './icalendar'

const head = { name: 'Ward 2: alerts', language: 'en-CA', productId: '-//City//civic-comms//EN' }
const boilWater: CalendarEvent = {
  uid: '2.49.0.1.124.example.2026.12.07.001@city.example',
  start: new Date('2026-12-07T14:00:00Z'),
  end: new Date('2026-12-09T14:00:00Z'),
  summary: 'Boil-water advisory; Ward 2, east of Main',
  description: 'Boil tap water for one minute.\nBottled water at the arena, 9 to 5.',
  url: 'https://city.example/emergency/boil-water/',
  updated: new Date('2026-12-07T14:05:00Z'),
}

/** Parsed by a third-party implementation (Mozilla's ical.js), as calendar applications do. */
const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))

describe('an alerts calendar (RFC 5545)', () => {
  it('parses, each alert an event from its onset to its expiry', () => {
    const text = buildCalendar(head, [boilWater])
    const [event, ...rest] = parse(text)
    expect(rest).toEqual([])
    expect(event!.uid).toBe(boilWater.uid)
    expect(event!.summary).toBe(boilWater.summary)
    expect(event!.description).toBe(boilWater.description)
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-07T14:00:00.000Z')
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-12-09T14:00:00.000Z')
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ward 2: alerts')
  })

  it('ends every line with CRLF and folds none past 75 octets, French accents included', () => {
    const french: CalendarEvent = {
      ...boilWater,
      summary: `Avis d’ébullition de l’eau, quartier 2 : ${'é'.repeat(80)}`,
      description: 'Faites bouillir l’eau du robinet pendant une minute; à l’aréna, de 9 h à 17 h.',
    }
    const text = buildCalendar({ ...head, language: 'fr-CA' }, [french])
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const [event] = parse(text)
    expect(event!.summary).toBe(french.summary)
    expect(event!.description).toBe(french.description)
  })

  it('an alert with no expiry, or an expiry before its onset, has no end; a cancelled one says so', () => {
    const text = buildCalendar(head, [
      { ...boilWater, uid: 'a@city.example', end: null },
      { ...boilWater, uid: 'b@city.example', end: new Date('2026-12-01T00:00:00Z') },
      { ...boilWater, uid: 'c@city.example', cancelled: true },
    ])
    const events = parse(text)
    expect(events).toHaveLength(3)
    const calendar = new ICAL.Component(ICAL.parse(text))
    const statuses = calendar
      .getAllSubcomponents('vevent')
      .map((v) => [
        v.getFirstPropertyValue('uid'),
        v.getFirstPropertyValue('status'),
        v.hasProperty('dtend'),
      ])
    expect(statuses).toEqual([
      ['a@city.example', 'CONFIRMED', false],
      ['b@city.example', 'CONFIRMED', false],
      ['c@city.example', 'CANCELLED', true],
    ])
  })

  it('an empty calendar is still a valid one', () => {
    const text = buildCalendar(head, [])
    expect(parse(text)).toEqual([])
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  })

  it('folds without splitting a character, and unfolds to the line it was', () => {
    const line = `SUMMARY:${'€'.repeat(60)}`
    const folded = foldLine(line)
    expect(folded.split('\r\n ').join('')).toBe(line)
    for (const piece of folded.split('\r\n'))
      expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75)
  })
})
