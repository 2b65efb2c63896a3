import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { SIMILAR_PROPOSALS, type SimilarProposal } from '../graphql/proposals.graphql';

const DEBOUNCE_MS = 400;
const EMPTY: SimilarProposal[] = [];

/**
 * Published proposals like the title and body being typed, asked at most once per pause in
 * typing (a request per keystroke would be wasteful on a phone). Keeps the last answer while the
 * next one loads, so the box does not flicker.
 */
export function useSimilarProposals() {
  const [text, setText] = useState({ title: '', body: '' });
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const tooShort = settled.title.trim().length < 3;
  const { data, previousData } = useQuery(SIMILAR_PROPOSALS, {
    variables: { title: settled.title.slice(0, 200), body: settled.body.slice(0, 10_000) || null },
    skip: tooShort,
  });
  return {
    similar: tooShort ? EMPTY : ((data ?? previousData)?.similarProposals ?? EMPTY),
    onTextInput: (title: string, body: string) => setText({ title, body }),
  };
}
