import { Alert } from 'antd';

/** An error from the server that names no field of the form (a 409, a network failure). */
export function BasicFormError({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} role="alert" style={{ marginBottom: 16 }} />;
}
