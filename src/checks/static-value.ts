/**
 * The value of a JSX attribute written as a literal (`ids={['a', 'b']}`, `group="x"`), read from its
 * syntax tree without running it. Anything computed is `DYNAMIC`: documents write props literally.
 */
import type { Expression, Node, Program } from 'estree';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

export const DYNAMIC = Symbol('dynamic');

function evaluate(node: Node | null | undefined): unknown {
  switch (node?.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? DYNAMIC : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked : DYNAMIC;
    case 'UnaryExpression': {
      const value = evaluate(node.argument);
      return typeof value === 'number' && (node.operator === '-' || node.operator === '+')
        ? node.operator === '-'
          ? -value
          : value
        : DYNAMIC;
    }
    case 'ArrayExpression': {
      const items = node.elements.map((element) => (element?.type === 'SpreadElement' ? DYNAMIC : evaluate(element)));
      return items.includes(DYNAMIC) ? DYNAMIC : items;
    }
    case 'ObjectExpression': {
      const entries = node.properties.map((property) => {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return DYNAMIC;
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal'
              ? String(property.key.value)
              : undefined;
        const value = evaluate(property.value);
        return key === undefined || value === DYNAMIC ? DYNAMIC : [key, value];
      });
      return entries.includes(DYNAMIC) ? DYNAMIC : Object.fromEntries(entries as [string, unknown][]);
    }
    default:
      return DYNAMIC;
  }
}

/** `{ name, value }` of one attribute; a spread (`{...props}`) has no name and a dynamic value. */
export function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): {
  name: string | undefined;
  value: unknown;
} {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { name: undefined, value: DYNAMIC };
  const { name, value } = attribute;
  if (value === null || value === undefined) return { name, value: true };
  if (typeof value === 'string') return { name, value };
  const program = value.data?.estree as Program | undefined;
  const statement = program?.body[0];
  return {
    name,
    value: statement?.type === 'ExpressionStatement' ? evaluate(statement.expression as Expression) : DYNAMIC,
  };
}
