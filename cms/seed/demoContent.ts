import { richText } from '../core/text/lexical'

const DAY = 24 * 60 * 60 * 1000

/** A little of everything, so a newcomer sees each content type, live and draft, public and internal. */
export const demoContent = (now: Date) => {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
  return {
    'media-releases': [
      {
        _status: 'published',
        workflowState: 'published',
        title: 'City opens three new splash pads for the summer',
        slug: 'city-opens-three-new-splash-pads',
        summary:
          'Splash pads at Riverside, Forest Glade and Sandwich parks open on Saturday, free for everyone.',
        body: richText(
          {
            paragraph:
              'Three new splash pads open this Saturday at 10 a.m. They are free and open to everyone.',
          },
          { heading: 'Where and when' },
          {
            list: [
              'Riverside Park, 10 a.m. to 8 p.m.',
              'Forest Glade Park, 10 a.m. to 8 p.m.',
              'Sandwich Park, 11 a.m. to 7 p.m.',
            ],
          },
          {
            link: {
              text: 'splash pad hours and locations',
              url: 'https://city.example/splash-pads',
            },
            before: 'See all ',
            after: '.',
          },
        ),
        dateline: 'RIVERTON, ON',
        releaseAt: at(-2),
        contacts: [
          {
            name: 'Wei Chen',
            role: 'Communications Advisor',
            department: 'Corporate Communications',
            email: 'media@city.example',
            phone: '519-555-0100',
          },
        ],
        quotes: [
          {
            quote: 'Families asked for more places to cool off close to home.',
            attribution: 'Mayor Jordan Ellis',
          },
        ],
        topics: ['parks-recreation'],
      },
      {
        _status: 'draft',
        workflowState: 'draft',
        title: 'Road resurfacing on Main Street starts next month',
        slug: 'road-resurfacing-main-street',
        summary:
          'Main Street between First and Fifth Avenue will be resurfaced; one lane stays open each way.',
        body: richText({
          paragraph: 'Work begins on the first Monday of next month and takes about three weeks.',
        }),
        dateline: 'RIVERTON, ON',
        topics: ['transportation'],
      },
    ],
    publications: [
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Community Guide: Fall and Winter',
        slug: 'community-guide-fall-winter',
        summary: 'Programs, registration dates and facility hours for the fall and winter season.',
        body: richText(
          { paragraph: 'This guide lists recreation programs for all ages.' },
          { heading: 'How to register' },
          { paragraph: 'Register online, by phone at 311, or in person at any community centre.' },
        ),
        audience: 'public',
        kind: 'guide',
        formats: ['print', 'digital'],
        issueDate: at(-10),
        topics: ['parks-recreation', 'community'],
      },
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Staff Newsletter: November',
        slug: 'staff-newsletter-november',
        summary: 'News for City staff: benefits enrolment, the new intranet, and retirements.',
        body: richText({ paragraph: 'Benefits enrolment closes on the last Friday of the month.' }),
        audience: 'internal',
        kind: 'newsletter',
        formats: ['digital'],
        issueDate: at(-5),
      },
    ],
    'sponsorship-packages': [
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Canada Day Fireworks Presenting Sponsor',
        slug: 'canada-day-fireworks-presenting-sponsor',
        summary: 'Present the riverfront fireworks seen by about 100,000 people on July 1.',
        body: richText({
          paragraph:
            'The presenting sponsor is named in all event promotion and on the main stage.',
        }),
        tier: 'leader',
        assetType: 'event',
        value: 75000,
        totalSlots: 1,
        deadline: at(60),
        benefits: [
          { benefit: 'Naming on all event advertising' },
          { benefit: 'Main stage signage' },
        ],
        audienceReach: [{ channel: 'Event attendance', figure: 100000, unit: 'people' }],
        policyExclusions:
          'Tobacco, cannabis, alcohol, political parties and adult entertainment are not eligible.',
        currentSponsors: [],
      },
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Summer Reading Club at the public library',
        slug: 'summer-reading-club',
        summary:
          'Support the club that keeps 4,000 children reading all summer, in all 9 library branches.',
        body: richText({
          paragraph:
            'Sponsors are thanked on every reading log, on the library website and at the end-of-summer party.',
        }),
        assetType: 'program',
        value: 10000,
        valueMax: 20000,
        totalSlots: 3,
        slotsTakenElsewhere: 1,
        deadline: at(12),
        benefits: [
          { benefit: 'Logo on 4,000 reading logs' },
          { benefit: 'Thanks at the end-of-summer party' },
        ],
        audienceReach: [
          { channel: 'Children registered', figure: 4000, unit: 'a summer' },
          { channel: 'Library website visits', figure: 250000, unit: 'a year' },
        ],
        currentSponsors: [{ name: 'Riverton Credit Union', url: 'https://credit-union.example' }],
      },
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Naming rights: Riverside Community Arena',
        slug: 'naming-rights-riverside-arena',
        summary:
          'Name the arena used by 40 minor hockey teams and 300,000 visitors a year, for a ten-year term.',
        body: richText({
          paragraph:
            'A ten-year naming agreement, approved by Council, with exterior and interior signage.',
        }),
        assetType: 'naming-rights',
        value: 90000,
        totalSlots: 1,
        deadline: at(120),
        benefits: [
          { benefit: 'The arena carries your name for ten years' },
          { benefit: 'Exterior and interior signage' },
        ],
        audienceReach: [{ channel: 'Visitors', figure: 300000, unit: 'a year' }],
        currentSponsors: [],
      },
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Recycling calendar, back page',
        slug: 'recycling-calendar-back-page',
        summary: 'The back page of the recycling calendar delivered to every home in the city.',
        body: richText({
          paragraph: 'Delivered to 85,000 homes in December and kept on fridges all year.',
        }),
        assetType: 'publication',
        value: 5000,
        totalSlots: 2,
        slotsTakenElsewhere: 2,
        deadline: at(30),
        benefits: [{ benefit: 'A full back-page advertisement' }],
        audienceReach: [{ channel: 'Homes', figure: 85000, unit: 'copies' }],
        currentSponsors: [
          { name: 'Green Bin Co.', url: 'https://greenbin.example' },
          { name: 'Riverton Hardware', url: null },
        ],
      },
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Waterfront trail benches',
        slug: 'waterfront-trail-benches',
        summary: 'Dedicate one of 12 new benches along the waterfront trail, with a plaque.',
        body: richText({
          paragraph: 'Each bench carries a plaque with your message for ten years.',
        }),
        assetType: 'facility',
        value: 5000,
        totalSlots: 12,
        slotsTakenElsewhere: 4,
        deadline: at(200),
        benefits: [{ benefit: 'A plaque with your message' }],
        audienceReach: [{ channel: 'Trail users', figure: 500000, unit: 'a year' }],
        currentSponsors: [],
      },
    ],
    'emergency-bulletins': [
      {
        _status: 'published',
        workflowState: 'published',
        title: 'Boil water advisory for the Riverside area (lifted)',
        slug: 'boil-water-advisory-riverside',
        summary:
          'A boil water advisory for Riverside was in effect for two days after a water main break.',
        body: richText({ paragraph: 'The advisory has ended. Tap water is safe to drink.' }),
        status: 'Actual',
        msgType: 'Alert',
        category: ['Health'],
        eventCode: 'drinkingWate',
        event: 'Boil water advisory',
        urgency: 'Expected',
        severity: 'Moderate',
        certainty: 'Observed',
        effective: at(-20),
        expires: at(-18),
        instruction: 'Boil tap water for one minute before drinking, cooking or brushing teeth.',
        areas: [
          {
            areaDesc: 'Riverside, between Lauzon Road and Pillette Road',
            geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
          },
        ],
      },
      {
        _status: 'draft',
        workflowState: 'draft',
        title: 'Extreme heat warning',
        slug: 'extreme-heat-warning',
        summary: 'Daytime highs of 33°C with humidex near 42 are expected for the next three days.',
        body: richText({
          paragraph: 'Cooling centres are open at all community centres and libraries.',
        }),
        status: 'Exercise',
        msgType: 'Alert',
        category: ['Met', 'Health'],
        eventCode: 'heat',
        event: 'Extreme heat',
        urgency: 'Expected',
        severity: 'Severe',
        certainty: 'Likely',
        expires: at(3),
        instruction:
          'Drink water often, stay in the shade or a cool place, and check on neighbours.',
        areas: [
          {
            areaDesc: 'City-wide',
            circles: [{ circle: '42.3149,-83.0364 15' }],
            geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
          },
        ],
      },
    ],
  } as const
}
