import { Alert, Button, Card, Descriptions, Skeleton } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { useHelpContacts } from '../api/get-help-contacts';

/** 联系我们: the association's contacts as the server gives them. */
export function ContactCard() {
  const contacts = useHelpContacts();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>联系我们</h2>}>
      {contacts.isPending ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {contacts.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(contacts.error)}
          action={<Button onClick={() => void contacts.refetch()}>重试</Button>}
        />
      ) : null}
      {contacts.data ? (
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
          items={[
            { key: 'name', label: '协会名称', children: contacts.data.associationName },
            {
              key: 'phone',
              label: '电话',
              children: (
                <a href={`tel:${contacts.data.phone.replace(/[^\d+]/g, '')}`}>
                  {contacts.data.phone}
                </a>
              ),
            },
            {
              key: 'email',
              label: '邮箱',
              children: <a href={`mailto:${contacts.data.email}`}>{contacts.data.email}</a>,
            },
            { key: 'address', label: '地址', children: contacts.data.address },
          ]}
        />
      ) : null}
    </Card>
  );
}
