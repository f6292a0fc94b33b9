import type { WorkflowMessages } from './messages'

/**
 * Why a workflow action is refused, in French, for staff whose admin is in French (the English
 * catalogue is `workflowMessages` in messages.ts; the same keys, checked by the compiler).
 */
const STATE_WORDS: Record<string, string> = {
  draft: 'une ébauche',
  in_review: 'en révision',
  changes_requested: 'en attente de modifications',
  approved: 'approuvé',
  scheduled: 'programmé',
  published: 'publié',
  published_needs_review: 'publié et en attente de révision',
  withdrawn: 'retiré',
  archived: 'archivé',
}

const ACTION_WORDS: Record<string, string> = {
  submit: 'le soumettre pour révision',
  approve: 'l’approuver',
  'request-changes': 'demander des modifications',
  publish: 'le publier',
  schedule: 'le programmer',
  'urgent-publish': 'le publier d’urgence',
  'confirm-review': 'confirmer sa révision',
  withdraw: 'le retirer',
  archive: 'l’archiver',
}

const NEEDED_ROLE: Record<string, string> = {
  write: 'un rôle qui rédige ce type de contenu',
  publish: 'une personne approbatrice',
  urgent: 'une agente ou un agent des mesures d’urgence',
}

export const workflowMessagesFr: WorkflowMessages = {
  signIn: 'Connectez-vous pour utiliser le flux d’approbation.',
  unknownAction: (action: unknown) =>
    `« ${String(action)} » n’est pas une action du flux d’approbation; utilisez submit, approve, request-changes, publish, schedule, urgent-publish, confirm-review, withdraw ou archive.`,
  notForType: (action: string) =>
    `Seuls les bulletins d’urgence permettent de ${ACTION_WORDS[action] ?? action}.`,
  roleCannot: (action: string, needs: string) =>
    `Il faut ${NEEDED_ROLE[needs] ?? needs} pour ${ACTION_WORDS[action] ?? action}.`,
  notLive: (action: string) =>
    `Rien n’est encore publié : impossible de ${ACTION_WORDS[action] ?? action}.`,
  wrongState: (action: string, state: string, from: readonly string[]) =>
    `Ce contenu est ${STATE_WORDS[state] ?? state}; on peut ${ACTION_WORDS[action] ?? action} seulement s’il est ${from.map((s) => STATE_WORDS[s] ?? s).join(' ou ')}.`,
  secondPerson:
    'Vous avez rédigé ou modifié ce contenu en dernier; une deuxième personne doit le réviser.',
  ownUrgent: 'Vous l’avez publié d’urgence; une deuxième personne doit confirmer la révision.',
  commentRequired: (action: string) =>
    action === 'withdraw'
      ? 'Donnez la raison publique du retrait : elle s’affiche sur la page.'
      : action === 'urgent-publish'
        ? 'Dites pourquoi ce contenu ne peut pas attendre la révision : c’est inscrit au journal.'
        : 'Dites ce qui doit changer : l’auteur le lira.',
  publishAtRequired:
    'Donnez la date et l’heure de publication (publishAt), par exemple 2026-12-01T09:00:00-05:00.',
  publishAtPast:
    'L’heure de publication doit être dans le futur; pour publier maintenant, utilisez Publier maintenant.',
  accessibilityBlocks: (count: number) =>
    `${count} ${count === 1 ? 'problème d’accessibilité bloque' : 'problèmes d’accessibilité bloquent'} cette étape. ${count === 1 ? 'Corrigez-le' : 'Corrigez-les'} (voir les constats), ou une personne approbatrice peut continuer en donnant une raison écrite.`,
  frenchRequired: (fields: string[]) =>
    `Le français est requis avant la publication. Ajoutez le texte français de ${fields.join(', ')} (passez l’éditeur en Français), puis publiez.`,
  onlyApproverOverrides:
    'Seule une personne approbatrice peut continuer malgré les problèmes d’accessibilité.',
  editLiveThroughDraft: (itemLabel: string) =>
    `Ce contenu (${itemLabel}) est en ligne. Enregistrez vos modifications comme ébauche et soumettez-les pour révision; la version en ligne reste jusqu’à leur approbation.`,
  publishThroughWorkflow: (itemLabel: string) =>
    `Un contenu (${itemLabel}) est mis en ligne seulement par le flux d’approbation (soumettre, approuver, publier), pas en changeant son statut.`,
}
