/**
 * The texts the City sends about a text-message subscription itself, in English. Carriers ask every
 * program's texts to name the sender, say how to stop (STOP) and how to get help (HELP). Part of
 * the English catalogue (en.ts); smsFr.ts has the same keys.
 */
export const smsEn = {
  sms: {
    code: (city: string, code: string, minutes: number) =>
      `${city} alerts: your code is ${code}. It works for ${minutes} minutes. If you did not ask for it, ignore this text.`,
    welcome: (city: string) =>
      `${city} alerts: you are subscribed. Reply STOP to end, HELP for help. Msg & data rates may apply.`,
    stopped: (city: string) =>
      `${city} alerts: you will get no more texts from us. Reply START to subscribe again.`,
    restarted: (city: string) => `${city} alerts: you are subscribed again. Reply STOP to end.`,
    notSubscribed: (city: string, page: string) =>
      `${city} alerts: this number is not subscribed. Sign up at ${page}`,
    help: (city: string, page: string) =>
      `${city} alerts by text. Reply STOP to end. Manage your alerts: ${page} Msg & data rates may apply. In an emergency call 911.`,
    noReader: (city: string) =>
      `${city} alerts: nobody reads replies to this number. In an emergency call 911; for City services call 311. Reply HELP for help, STOP to end.`,
  },
}
