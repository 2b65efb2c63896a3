import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { parseLegalText, type Inline } from '../legal-text';

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'link':
        return node.internal ? (
          <Link key={i} to={node.href}>
            {renderInline(node.children)}
          </Link>
        ) : (
          <a key={i} href={node.href}>
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

/** A legal page's text (see legal-text.ts), rendered as elements: nothing typed becomes HTML. */
export function LegalText({ source }: { source: string }) {
  return (
    <div className="p-legal-text">
      {parseLegalText(source).map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return block.level === 2 ? <h2 key={i}>{renderInline(block.children)}</h2> : <h3 key={i}>{renderInline(block.children)}</h3>;
          case 'paragraph':
            return <p key={i}>{renderInline(block.children)}</p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{renderInline(item)}</li>
                ))}
              </ul>
            );
        }
      })}
    </div>
  );
}
