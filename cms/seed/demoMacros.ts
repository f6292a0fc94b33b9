/** The demo desk's saved replies: a few shared ones and one of Public Works, in both languages. */
export const DEMO_MACROS: readonly {
  name: string
  /** The English name of a demo department; none: shared. */
  department?: string
  text: string
  textFr: string
  afterwards: 'answered' | 'waiting-on-customer' | 'closed'
  assignTo: 'unchanged' | 'me'
}[] = [
  {
    name: 'We are looking into it',
    text: 'Hello {firstName},\n\nThank you for writing to us. Your case number is {reference}. {department} is looking into it, and we will write again by {dueDate}.',
    textFr:
      'Bonjour {firstName},\n\nMerci de nous avoir écrit. Votre numéro de dossier est {reference}. {department} s’en occupe, et nous vous écrirons de nouveau d’ici le {dueDate}.',
    afterwards: 'answered',
    assignTo: 'me',
  },
  {
    name: 'We need more details',
    text: 'Hello {firstName},\n\nTo help you with case {reference}, we need a little more information. Where exactly is the problem, and when did you first see it? Reply to this email and we will take it from there.',
    textFr:
      'Bonjour {firstName},\n\nPour vous aider avec le dossier {reference}, il nous faut un peu plus d’information. Où se trouve le problème exactement, et quand l’avez-vous vu la première fois? Répondez à ce courriel et nous poursuivrons.',
    afterwards: 'waiting-on-customer',
    assignTo: 'unchanged',
  },
  {
    name: 'Done, closing the case',
    text: 'Hello {firstName},\n\nThe work on case {reference} is done, so we are closing it. If something is still wrong, reply to this email and we will open it again.',
    textFr:
      'Bonjour {firstName},\n\nLe travail du dossier {reference} est terminé, nous le fermons donc. Si quelque chose ne va toujours pas, répondez à ce courriel et nous le rouvrirons.',
    afterwards: 'closed',
    assignTo: 'unchanged',
  },
  {
    name: 'Pothole: crew booked',
    department: 'Public Works',
    text: 'Hello {firstName},\n\nA road crew will fill the pothole you told us about (case {reference}). Most are filled within 5 business days. For the fastest updates, report potholes at 311.',
    textFr:
      'Bonjour {firstName},\n\nUne équipe de voirie va remplir le nid-de-poule que vous nous avez signalé (dossier {reference}). La plupart sont remplis en 5 jours ouvrables. Pour un suivi plus rapide, signalez les nids-de-poule au 311.',
    afterwards: 'answered',
    assignTo: 'unchanged',
  },
]
