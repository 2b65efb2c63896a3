import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { makeI18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const PROJECT = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const OTHER = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

const render = (n: NotificationFacts, lang: 'fr' | 'en') => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, lang === 'fr' ? fr : en);
};
const base = { targetType: 'BUDGET_PROJECT', targetId: PROJECT };

describe('budget notifications', () => {
  it('tells a project’s followers of its review, with the public note', () => {
    const yes = render(
      { ...base, kind: 'BUDGET_PROJECT_REVIEWED', payload: { title: 'Des bancs', feasible: true, cost: 9000, note: null } },
      'fr',
    );
    expect(yes).toEqual({
      text: 'Le projet « Des bancs » est jugé réalisable.',
      message: null,
      link: { to: `/budgets/projects/${PROJECT}`, label: 'Voir le projet « Des bancs »' },
    });
    const no = render(
      { ...base, kind: 'BUDGET_PROJECT_REVIEWED', payload: { title: 'Des bancs', feasible: false, note: 'Terrain privé.' } },
      'en',
    );
    expect(no.text).toBe('The project “Des bancs” was not found feasible.');
    expect(no.message).toBe('Terrain privé.');
  });

  it('links a merge to the project it joined, and a works update or a comment to the project', () => {
    const merged = render(
      { ...base, kind: 'BUDGET_PROJECT_MERGED', payload: { title: 'A', intoId: OTHER, intoTitle: 'B', note: 'Proches.' } },
      'fr',
    );
    expect(merged.link).toEqual({ to: `/budgets/projects/${OTHER}`, label: 'Voir le projet « B »' });
    expect(render({ ...base, kind: 'BUDGET_PROJECT_UPDATED', payload: { title: 'A', progress: 60 } }, 'fr').text).toBe(
      'Nouveau point d’avancement sur le projet « A » : 60 %.',
    );
    expect(render({ ...base, kind: 'BUDGET_PROJECT_COMMENTED', payload: {} }, 'en')).toEqual({
      text: 'New comment on the project “”.',
      message: null,
      link: { to: `/budgets/projects/${PROJECT}`, label: 'See the project' },
    });
  });

  it('tells a works update’s followers of a comment on it, linking to its project', () => {
    const n = {
      kind: 'BUDGET_PROJECT_UPDATE_COMMENTED',
      targetType: 'BUDGET_PROJECT_UPDATE',
      targetId: OTHER,
      payload: { projectId: PROJECT, title: 'Un kiosque' },
    };
    expect(render(n, 'fr')).toEqual({
      text: 'Nouveau commentaire sur un point d’avancement du projet « Un kiosque ».',
      message: null,
      link: { to: `/budgets/projects/${PROJECT}`, label: 'Voir le projet « Un kiosque »' },
    });
  });

  it('tells an edition’s followers of a phase closed early and of comments, linking to the edition', () => {
    const n = { kind: 'BUDGET_PHASE_ADVANCED', targetType: 'BUDGET', targetId: OTHER, payload: { title: 'Budget 2027', phase: 'VOTING' } };
    expect(render(n, 'fr')).toEqual({
      text: 'Budget participatif « Budget 2027 » : la phase « Vote » est ouverte.',
      message: null,
      link: { to: `/budgets/${OTHER}`, label: 'Voir l’édition « Budget 2027 »' },
    });
    expect(render({ ...n, kind: 'BUDGET_COMMENTED' }, 'en').text).toBe('New comment on the participatory budget “Budget 2027”.');
  });
});
