import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { BarChart, Card, ErrorMessage, LoadMore, Notice, Spinner } from '@/ui';
import { CONSULTATION_RESULTS_QUERY, FREE_TEXTS, type QuestionData, type QuestionResultData } from '../graphql/consultations.graphql';

/**
 * The results, per question: a chart and the table of its numbers. Loaded with `React.lazy` by
 * the consultation page, so the chart library is downloaded only where results are shown.
 */
export default function ResultsSection({ consultationId, questions }: { consultationId: string; questions: QuestionData[] }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(CONSULTATION_RESULTS_QUERY, {
    variables: { id: consultationId },
    fetchPolicy: 'cache-and-network',
  });
  const results = data?.consultation?.results;
  return (
    <Card title={t('consultations.results.title')} id="results">
      {!data && !error && <Spinner label={t('consultations.results.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !results && <Notice>{t('consultations.results.hidden')}</Notice>}
      {results?.map((r) => {
        const q = questions.find((x) => x.id === r.questionId);
        return q ? <QuestionResults key={r.questionId} consultationId={consultationId} question={q} result={r} /> : null;
      })}
    </Card>
  );
}

function QuestionResults({
  consultationId,
  question: q,
  result: r,
}: {
  consultationId: string;
  question: QuestionData;
  result: QuestionResultData;
}) {
  const { t, formatNumber } = useI18n();
  const percent = (share: number) => formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
  const headingId = `result-${q.id}`;
  let body: React.ReactNode;
  switch (r.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
    case 'RANKING': {
      const ranking = r.kind === 'RANKING';
      body = (
        <>
          <BarChart
            labels={r.options.map((o) => o.label)}
            // A ranking's bars are the inverse of the average rank: the longest bar is the preferred option.
            values={r.options.map((o) => (ranking ? (o.averageRank === null ? 0 : r.options.length + 1 - o.averageRank) : o.count))}
            label={t('consultations.results.chartLabel', { prompt: q.prompt })}
            integers={!ranking}
            className="cs-chart"
          />
          {ranking && <p className="p-muted">{t('consultations.results.rankHint')}</p>}
          <table className="cs-table">
            <caption>{t('consultations.results.tableCaption', { prompt: q.prompt })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultations.results.option')}</th>
                {ranking && <th scope="col">{t('consultations.results.averageRank')}</th>}
                <th scope="col">{t('consultations.results.count')}</th>
                {!ranking && <th scope="col">{t('consultations.results.share')}</th>}
              </tr>
            </thead>
            <tbody>
              {r.options.map((o) => (
                <tr key={o.optionId}>
                  <th scope="row">{o.label}</th>
                  {ranking && (
                    <td className="cs-num">
                      {o.averageRank === null
                        ? t('consultations.results.noRank')
                        : formatNumber(o.averageRank, { maximumFractionDigits: 2 })}
                    </td>
                  )}
                  <td className="cs-num">{formatNumber(o.count)}</td>
                  {!ranking && <td className="cs-num">{percent(o.share)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
      break;
    }
    case 'SCALE': {
      const distribution = r.scaleDistribution ?? [0, 0, 0, 0, 0];
      const values = distribution.map((_, i) => {
        const end = i === 0 ? q.scaleMinLabel : i === 4 ? q.scaleMaxLabel : null;
        return end ? t('consultations.form.scaleValueLabelled', { value: i + 1, label: end }) : String(i + 1);
      });
      body = (
        <>
          {r.scaleAverage !== null && (
            <p>{t('consultations.results.average', { value: formatNumber(r.scaleAverage, { maximumFractionDigits: 2 }) })}</p>
          )}
          <BarChart
            labels={values}
            values={distribution}
            label={t('consultations.results.chartLabel', { prompt: q.prompt })}
            integers
            className="cs-chart"
          />
          <table className="cs-table">
            <caption>{t('consultations.results.tableCaption', { prompt: q.prompt })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultations.results.value')}</th>
                <th scope="col">{t('consultations.results.count')}</th>
                <th scope="col">{t('consultations.results.share')}</th>
              </tr>
            </thead>
            <tbody>
              {distribution.map((count, i) => (
                <tr key={i}>
                  <th scope="row">{values[i]}</th>
                  <td className="cs-num">{formatNumber(count)}</td>
                  <td className="cs-num">{percent(r.responseCount ? count / r.responseCount : 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
      break;
    }
    case 'FREE_TEXT':
      body = r.texts ? <FreeTexts consultationId={consultationId} questionId={q.id} first={r.texts} /> : null;
      break;
  }
  return (
    <section aria-labelledby={headingId} className="p-section">
      <h3 id={headingId}>{q.prompt}</h3>
      <p className="p-muted">{t('consultations.results.answered', { count: r.responseCount })}</p>
      {r.responseCount === 0 ? <p>{t('consultations.results.noAnswers')}</p> : body}
    </section>
  );
}

type TextPage = NonNullable<QuestionResultData['texts']>;

/**
 * A free-text question's answers with "load more". The next pages are kept here rather than in
 * the cache: the results field cannot be asked for one question, and the other questions' pages
 * that come along must not be merged into theirs.
 */
function FreeTexts({ consultationId, questionId, first }: { consultationId: string; questionId: string; first: TextPage }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [more, setMore] = useState<TextPage['edges']>([]);
  const [pageInfo, setPageInfo] = useState(first.pageInfo);
  const [state, setState] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const edges = [...first.edges, ...more];

  async function loadMore() {
    setState({ loading: true, error: null });
    try {
      const { data } = await client.query({
        query: FREE_TEXTS,
        variables: { id: consultationId, after: pageInfo.endCursor },
        fetchPolicy: 'no-cache',
      });
      const page = data?.consultation?.results?.find((x) => x.questionId === questionId)?.texts;
      if (page) {
        setMore((m) => [...m, ...page.edges]);
        setPageInfo(page.pageInfo);
      }
      setState({ loading: false, error: null });
    } catch (e) {
      setState({ loading: false, error: e });
    }
  }

  return (
    <>
      <p>{t('consultations.results.texts', { count: first.totalCount })}</p>
      <ul className="p-list">
        {edges.map((e) => (
          <li key={e.cursor}>
            <p className="cs-text">{e.node.text}</p>
          </li>
        ))}
      </ul>
      <LoadMore
        hasNextPage={pageInfo.hasNextPage}
        loading={state.loading}
        onLoadMore={() => void loadMore()}
        shown={edges.length}
        total={first.totalCount}
      />
      {state.error != null && <ErrorMessage error={state.error} />}
    </>
  );
}
