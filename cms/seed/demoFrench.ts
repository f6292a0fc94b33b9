import { richText } from '../core/text/lexical'

/**
 * The French versions of some demo items, by slug, so a newcomer sees both kinds of French page: a
 * translated item, and an item in English only under its French notice. Array rows (quotes, benefits)
 * take their French text by position.
 */
export const demoFrench: Record<string, Record<string, unknown>> = {
  'city-opens-three-new-splash-pads': {
    title: 'La Ville ouvre trois nouvelles aires de jeux d’eau pour l’été',
    summary:
      'Les aires de jeux d’eau des parcs Riverside, Forest Glade et Sandwich ouvrent samedi, gratuitement pour tous.',
    body: richText(
      {
        paragraph:
          'Trois nouvelles aires de jeux d’eau ouvrent samedi à 10 h. Elles sont gratuites.',
      },
      { heading: 'Où et quand' },
      {
        list: [
          'Parc Riverside, de 10 h à 20 h',
          'Parc Forest Glade, de 10 h à 20 h',
          'Parc Sandwich, de 11 h à 19 h',
        ],
      },
    ),
    quotes: [
      { quote: 'Les familles voulaient plus d’endroits pour se rafraîchir près de chez elles.' },
    ],
  },
  'community-guide-fall-winter': {
    title: 'Guide communautaire : automne et hiver',
    summary: 'Les programmes, les activités et les services de la Ville cet automne et cet hiver.',
    body: richText({
      paragraph:
        'Inscrivez-vous aux cours de natation, de patinage et d’art. Les inscriptions ouvrent le 1er septembre.',
    }),
  },
  'canada-day-fireworks-presenting-sponsor': {
    title: 'Commanditaire présentateur des feux d’artifice de la fête du Canada',
    summary:
      'Présentez les feux d’artifice au bord de la rivière, vus par environ 100 000 personnes le 1er juillet.',
    body: richText({
      paragraph:
        'Le commanditaire présentateur est nommé dans toute la promotion de l’événement et sur la scène principale.',
    }),
    benefits: [
      { benefit: 'Votre nom dans toute la publicité de l’événement' },
      { benefit: 'Affichage sur la scène principale' },
    ],
    audienceReach: [{ channel: 'Assistance à l’événement', unit: 'personnes' }],
  },
  'boil-water-advisory-riverside': {
    title: 'Avis d’ébullition de l’eau dans le secteur Riverside (levé)',
    summary:
      'Un avis d’ébullition de l’eau a été en vigueur deux jours à Riverside après un bris de conduite d’eau.',
    body: richText({ paragraph: 'L’avis est levé. L’eau du robinet peut être bue.' }),
    event: 'Avis d’ébullition de l’eau',
    instruction:
      'Faites bouillir l’eau du robinet une minute avant de la boire, de cuisiner ou de vous brosser les dents.',
    areas: [{ areaDesc: 'Riverside, entre le chemin Lauzon et le chemin Pillette' }],
  },
}
