import { Flex, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';

type Props = {
  /** The names a template may use: the built-in ones, then the labels of the type's fields. */
  names: string[];
  onInsert: (name: string) => void;
};

/** 可用占位符: one tag per placeholder; a click (or Enter) writes {{名称}} into the body. */
export function PlaceholderTags({ names, onInsert }: Props) {
  const onKeyDown = (name: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onInsert(name);
    }
  };
  return (
    <Flex wrap gap={4} align="center" style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">可用占位符（点击插入）：</Typography.Text>
      {names.map((name) => (
        <Tag
          key={name}
          role="button"
          tabIndex={0}
          color="blue"
          style={{ cursor: 'pointer', marginInlineEnd: 0 }}
          onClick={() => onInsert(name)}
          onKeyDown={onKeyDown(name)}
        >
          {`{{${name}}}`}
        </Tag>
      ))}
    </Flex>
  );
}
