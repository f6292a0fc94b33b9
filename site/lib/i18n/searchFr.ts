/** Les mots de la recherche du site en français (mêmes clés que searchEn.ts). */
export const searchFr = {
  search: {
    title: 'Recherche',
    description:
      'Cherchez dans les nouvelles, les publications, les alertes, les occasions de commandite et les réponses du 311.',
    label: 'Rechercher dans le site',
    button: 'Rechercher',
    section: 'Section',
    allSections: 'Toutes les sections',
    noScript:
      'La recherche exige JavaScript, qui est désactivé dans votre navigateur. Vous pouvez consulter toutes les réponses de A à Z :',
    azLink: 'Réponses du 311, de A à Z',
    resultsOne: '1 résultat pour « %q »',
    resultsMany: '%n résultats pour « %q »',
    none: 'Aucun résultat pour « %q ». Essayez d’autres mots ou consultez les réponses du 311.',
    loading: 'Recherche en cours…',
    sections: {
      news: 'Nouvelles',
      publications: 'Publications',
      sponsorship: 'Commandites',
      emergency: 'Urgences',
      answers: 'Réponses du 311',
    },
  },
}
