import type { CatalogueOf } from './catalogue'
import type { smsEn } from './smsEn'

/**
 * The subscription texts in French: the same keys as smsEn.ts. Written without accents on purpose:
 * one accented letter makes a whole text UCS-2 (70 characters a segment instead of 160), and these
 * go to every number that writes to us, so each must stay one segment where it can. The French
 * keywords ARRET and AIDE work too.
 */
export const smsFr: CatalogueOf<typeof smsEn> = {
  sms: {
    code: (city, code, minutes) =>
      `Alertes ${city} : votre code est ${code}. Il est valide ${minutes} minutes. Si vous ne l'avez pas demande, ignorez ce message.`,
    welcome: (city) =>
      `Alertes ${city} : vous etes abonne. Repondez ARRET pour arreter, AIDE pour de l'aide. Des frais peuvent s'appliquer.`,
    stopped: (city) =>
      `Alertes ${city} : vous ne recevrez plus de textos. Repondez START pour vous reabonner.`,
    restarted: (city) =>
      `Alertes ${city} : vous etes de nouveau abonne. Repondez ARRET pour arreter.`,
    notSubscribed: (city, page) =>
      `Alertes ${city} : ce numero n'est pas abonne. Inscrivez-vous : ${page}`,
    help: (city, page) =>
      `Alertes ${city} par texto. Repondez ARRET pour arreter. Gerer vos alertes : ${page} Des frais peuvent s'appliquer. Urgence : 911.`,
    noReader: (city) =>
      `Alertes ${city} : personne ne lit les reponses a ce numero. Urgence : 911; services municipaux : 311. AIDE pour de l'aide, ARRET pour arreter.`,
  },
}
