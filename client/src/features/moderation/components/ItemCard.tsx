import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n, type TFunction } from '@/i18n';
import { Badge, Button, Cluster, FormError, Notice, Select, TextArea, Thumbnail, useFormErrors } from '@/ui';
import { FLAG_REASONS, type FlagReason, type ModerationItemData, type SuspensionData } from '../graphql/moderation.graphql';
import { useItemDecisions } from '../hooks/useModerationActions';
import { excerpt, likelyGround } from '../lib';
import { SuspendForm } from './SuspendForm';

export type Decision = 'hidden' | 'restored' | 'dismissed' | 'suspended';

/** A kind of item in words (« Commentaire »); a kind this client does not know reads « Contenu ». */
export function typeLabel(t: TFunction, type: string): string {
  const key = `moderation.types.${type}`;
  const label = t(key);
  return label === key ? t('moderation.types.other') : label;
}

/** Where an item sits, in words (« la proposition »). */
function contextLabel(t: TFunction, type: string): string {
  const key = `moderation.contextTypes.${type}`;
  const label = t(key);
  return label === key ? t('moderation.contextTypes.other') : label;
}

/** The item's name for headings and buttons: « Commentaire de Bob Durand ». */
export function itemName(t: TFunction, item: ModerationItemData): string {
  const type = typeLabel(t, item.targetType);
  const author = item.content?.author?.displayName;
  return author ? t('moderation.item.heading', { type, author }) : t('moderation.item.headingAnonymous', { type });
}

type Panel = 'hide' | 'restore' | 'dismiss' | 'suspend' | null;

/**
 * One item as moderators see it: what it is and where (with a link to its page), who wrote it, its
 * text or photo, its open flags grouped by reason with their notes (never the flaggers' names),
 * and the decisions: hide (reason for the author, ground for the transparency report), restore,
 * dismiss the flags, suspend the author. Each decision opens its own small form; the parent is told
 * once the server has agreed, and moves focus.
 */
export function ItemCard({
  item,
  headingId,
  level = 2,
  onDecided,
}: {
  item: ModerationItemData;
  headingId: string;
  level?: 2 | 3;
  onDecided: (decision: Decision, message: string, suspension?: SuspensionData) => void;
}) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { hasRole } = useAuth();
  const [panel, setPanel] = useState<Panel>(null);
  const c = item.content;
  const name = itemName(t, item);
  const Heading = level === 2 ? 'h2' : 'h3';
  const domId = `md-${item.targetType}-${item.targetId}`;
  const target = { type: item.targetType, id: item.targetId };

  const toggle = (next: Panel) => {
    setPanel(panel === next ? null : next);
    if (panel === next) return;
    // The form's first field takes focus once drawn.
    window.setTimeout(() => document.getElementById(`${domId}-${next}-first`)?.focus(), 0);
  };
  const closePanel = (which: Panel) => {
    setPanel(null);
    window.setTimeout(() => document.getElementById(`${domId}-${which}-button`)?.focus(), 0);
  };

  const text = c?.text ? excerpt(c.text) : null;
  return (
    <article className="p-card md-item" aria-labelledby={headingId}>
      <Heading className="md-item__heading" id={headingId} tabIndex={-1}>
        {name}
      </Heading>
      <p className="md-facts p-muted">
        {item.openFlagCount > 0 ? (
          <Badge tone="warning">{t('moderation.item.flags', { count: item.openFlagCount })}</Badge>
        ) : (
          <span>{t('moderation.item.noOpenFlags')}</span>
        )}
        {c?.hidden && <Badge tone="danger">{t('moderation.hiddenInPlace')}</Badge>}
        {item.firstOpenFlagAt && <span>{t('moderation.item.firstFlag', { date: formatDateTime(item.firstOpenFlagAt) })}</span>}
        {c && <span>{t('moderation.item.writtenOn', { date: formatDateTime(c.createdAt) })}</span>}
      </p>

      {!c && <p>{t('moderation.item.noContent')}</p>}
      {c && (
        <>
          {c.context && (
            <p>
              {c.context.title
                ? t('moderation.item.context', { context: contextLabel(t, c.context.type), title: c.context.title })
                : t('moderation.item.contextUntitled', { context: contextLabel(t, c.context.type) })}
            </p>
          )}
          {c.author && hasRole('ADMIN') && (
            <dl className="p-dl">
              <dt>{t('moderation.item.author')}</dt>
              <dd>
                <Link to={`/admin/users/${c.author.id}`}>{c.author.displayName}</Link>
              </dd>
            </dl>
          )}
          {(c.title || text || c.image) && (
            <div className="md-quote">
              {c.title && <p className="md-quote__title">{c.title}</p>}
              {text && <p>{text.text}</p>}
              {text?.cut && c.text && (
                <details className="p-details">
                  <summary>{t('moderation.item.fullText')}</summary>
                  <p>{c.text}</p>
                </details>
              )}
              {c.image && (
                <a href={c.image.large}>
                  <Thumbnail image={c.image} alt={t('moderation.item.photoAlt')} />
                </a>
              )}
            </div>
          )}
          {c.hidden && c.hiddenAt && (
            <Notice tone="warning">
              <p>{t('moderation.item.hiddenSince', { date: formatDateTime(c.hiddenAt), reason: c.hiddenReason ?? '' })}</p>
            </Notice>
          )}
          {c.path && (
            <p>
              <Link to={c.path} aria-label={t('moderation.item.openFor', { what: name })}>
                {t('moderation.item.open')}
              </Link>
            </p>
          )}
        </>
      )}

      {item.reasonCounts.length > 0 && (
        <>
          <p className="md-item__label">
            <strong>{t('moderation.item.reasons')}</strong>
          </p>
          <ul className="md-reasons">
            {item.reasonCounts.map((r) => (
              <li key={r.reason}>
                {t('moderation.item.reasonCount', { reason: t(`moderation.reasons.${r.reason}`), count: formatNumber(r.count) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.notes.edges.length > 0 && (
        <>
          <p className="md-item__label">
            <strong>{t('moderation.item.notes')}</strong>
          </p>
          <ul className="md-notes">
            {item.notes.edges.map(({ node }) => (
              <li key={node.id}>{t('moderation.item.note', { reason: t(`moderation.reasons.${node.reason}`), note: node.note })}</li>
            ))}
          </ul>
          {item.notes.totalCount > item.notes.edges.length && (
            <p className="p-muted">{t('moderation.item.moreNotes', { count: item.notes.totalCount - item.notes.edges.length })}</p>
          )}
        </>
      )}

      <div className="md-actions" role="group" aria-label={t('moderation.actions.label', { what: name })}>
        {c && !c.hidden && (
          <ActionButton
            id={`${domId}-hide-button`}
            open={panel === 'hide'}
            onClick={() => toggle('hide')}
            label={t('moderation.actions.hideFor', { what: name })}
          >
            {t('moderation.actions.hide')}
          </ActionButton>
        )}
        {c?.hidden && (
          <ActionButton
            id={`${domId}-restore-button`}
            open={panel === 'restore'}
            onClick={() => toggle('restore')}
            label={t('moderation.actions.restoreFor', { what: name })}
          >
            {t('moderation.actions.restore')}
          </ActionButton>
        )}
        {item.openFlagCount > 0 && (
          <ActionButton
            id={`${domId}-dismiss-button`}
            open={panel === 'dismiss'}
            onClick={() => toggle('dismiss')}
            label={t('moderation.actions.dismissFor', { what: name })}
          >
            {t('moderation.actions.dismiss')}
          </ActionButton>
        )}
        {c?.author && (
          <ActionButton
            id={`${domId}-suspend-button`}
            open={panel === 'suspend'}
            onClick={() => toggle('suspend')}
            label={t('moderation.actions.suspendAuthor', { name: c.author.displayName })}
          >
            {t('moderation.actions.suspend')}
          </ActionButton>
        )}
      </div>

      {panel === 'hide' && (
        <DecisionForm
          domId={`${domId}-hide`}
          kind="hide"
          item={item}
          name={name}
          onCancel={() => closePanel('hide')}
          onDone={(message) => {
            setPanel(null);
            onDecided('hidden', message);
          }}
          target={target}
        />
      )}
      {panel === 'restore' && (
        <DecisionForm
          domId={`${domId}-restore`}
          kind="restore"
          item={item}
          name={name}
          onCancel={() => closePanel('restore')}
          onDone={(message) => {
            setPanel(null);
            onDecided('restored', message);
          }}
          target={target}
        />
      )}
      {panel === 'dismiss' && (
        <DecisionForm
          domId={`${domId}-dismiss`}
          kind="dismiss"
          item={item}
          name={name}
          onCancel={() => closePanel('dismiss')}
          onDone={(message) => {
            setPanel(null);
            onDecided('dismissed', message);
          }}
          target={target}
        />
      )}
      {panel === 'suspend' && c?.author && (
        <SuspendForm
          domId={`${domId}-suspend`}
          user={c.author}
          onCancel={() => closePanel('suspend')}
          onDone={(s) => {
            setPanel(null);
            onDecided('suspended', t('moderation.suspend.done', { name: s.user.displayName, until: s.until }), s);
          }}
        />
      )}
    </article>
  );
}

function ActionButton({
  id,
  open,
  onClick,
  label,
  children,
}: {
  id: string;
  open: boolean;
  onClick: () => void;
  label: string;
  children: string;
}) {
  return (
    <Button id={id} variant="secondary" size="small" aria-expanded={open} aria-label={label} onClick={onClick}>
      {children}
    </Button>
  );
}

/** Hide (reason required, ground), restore or dismiss (reason optional): one small form each. */
function DecisionForm({
  domId,
  kind,
  item,
  name,
  target,
  onCancel,
  onDone,
}: {
  domId: string;
  kind: 'hide' | 'restore' | 'dismiss';
  item: ModerationItemData;
  name: string;
  target: { type: ModerationItemData['targetType']; id: string };
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const form = useFormErrors();
  const decisions = useItemDecisions();
  const [ground, setGround] = useState<FlagReason>(() => likelyGround(item.reasonCounts));
  const reasonId = `${domId}-first`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    const result = await form.run(async () => {
      switch (kind) {
        case 'hide':
          return (await decisions.hide(target, reason, ground)).data?.hideContent;
        case 'restore':
          return (await decisions.restore(target, reason || null)).data?.restoreContent;
        case 'dismiss':
          return (await decisions.dismiss(target, reason || null)).data?.dismissFlags;
      }
    });
    if (!result) return;
    const key =
      kind === 'hide' ? 'moderation.actions.hidden' : kind === 'restore' ? 'moderation.actions.restored' : 'moderation.actions.dismissed';
    onDone(t(key, { what: name }));
  }

  const labels = {
    hide: { reason: t('moderation.actions.hideReason'), submit: t('moderation.actions.confirmHide') },
    restore: { reason: t('moderation.actions.restoreReason'), submit: t('moderation.actions.confirmRestore') },
    dismiss: { reason: t('moderation.actions.dismissReason'), submit: t('moderation.actions.confirmDismiss') },
  }[kind];
  const formLabel = {
    hide: t('moderation.actions.hideFor', { what: name }),
    restore: t('moderation.actions.restoreFor', { what: name }),
    dismiss: t('moderation.actions.dismissFor', { what: name }),
  }[kind];

  return (
    <form className="md-action-form" onSubmit={onSubmit} noValidate aria-label={formLabel}>
      <FormError form={form} fieldDomId={reasonId} />
      <TextArea label={labels.reason} required={kind === 'hide'} rows={2} maxLength={1000} {...form.field('reason')} id={reasonId} />
      {kind === 'hide' && (
        <Select
          label={t('moderation.actions.ground')}
          hint={t('moderation.actions.groundHint')}
          options={FLAG_REASONS.map((r) => ({ value: r, label: t(`moderation.reasons.${r}`) }))}
          placeholder={false}
          required
          value={ground}
          onChange={(e) => setGround(e.currentTarget.value as FlagReason)}
          {...form.field('ground')}
          id={`${domId}-ground`}
        />
      )}
      <Cluster>
        <Button
          type="submit"
          variant={kind === 'hide' ? 'danger' : 'primary'}
          size="small"
          loading={decisions.busy}
          loadingLabel={t('moderation.actions.working')}
        >
          {labels.submit}
        </Button>
        <Button variant="ghost" size="small" onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </Cluster>
    </form>
  );
}
