'use client'

/** The two buttons under a sidebar panel's small form: do the step, or put the form away. */
export const ConfirmButtons = ({
  label,
  cancelLabel = 'Cancel',
  busy,
  onConfirm,
  onCancel,
}: {
  label: string
  cancelLabel?: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) => (
  <div className="workflow-panel__buttons">
    <button
      type="button"
      className="btn btn--style-primary btn--size-small"
      disabled={busy}
      onClick={onConfirm}
    >
      {label}
    </button>
    <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel}>
      {cancelLabel}
    </button>
  </div>
)
