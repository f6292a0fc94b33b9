import { type Language } from '../../../site/lib/i18n'
/**
 * The texts the City sends about the subscription itself, in English and French. Carriers ask every
 * program's texts to name the sender, say how to stop (STOP) and how to get help (HELP); the French
 * keywords ARRET and AIDE work too.
 */

type Words = {
  code: (city: string, code: string, minutes: number) => string
  welcome: (city: string) => string
  stopped: (city: string) => string
  restarted: (city: string) => string
  notSubscribed: (city: string, page: string) => string
  help: (city: string, page: string) => string
  noReader: (city: string) => string
}

const WORDS: Record<Language, Words> = {
  en: {
    code: (city, code, minutes) =>
      `${city} alerts: your code is ${code}. It works for ${minutes} minutes. If you did not ask for it, ignore this text.`,
    welcome: (city) =>
      `${city} alerts: you are subscribed. Reply STOP to end, HELP for help. Msg & data rates may apply.`,
    stopped: (city) =>
      `${city} alerts: you will get no more texts from us. Reply START to subscribe again.`,
    restarted: (city) => `${city} alerts: you are subscribed again. Reply STOP to end.`,
    notSubscribed: (city, page) =>
      `${city} alerts: this number is not subscribed. Sign up at ${page}`,
    help: (city, page) =>
      `${city} alerts by text. Reply STOP to end. Manage your alerts: ${page} Msg & data rates may apply. In an emergency call 911.`,
    noReader: (city) =>
      `${city} alerts: nobody reads replies to this number. In an emergency call 911; for City services call 311. Reply HELP for help, STOP to end.`,
  },
  fr: {
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

/**
 * The words of one message. The French ones are written without accents on purpose: one accented
 * letter makes a whole text UCS-2 (70 characters a segment instead of 160), and these go to every
 * number that writes to us, so each must stay one segment where it can.
 */
export const smsWords = (language: Language): Words => WORDS[language]
