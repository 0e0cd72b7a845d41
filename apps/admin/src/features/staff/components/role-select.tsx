import { Select, Typography, type SelectProps } from 'antd';
import { STAFF_ROLES, STAFF_ROLE_CODES } from '@lx/shared/permissions';
import { useRoles } from '../api/get-roles';

type Props = Omit<SelectProps<string[]>, 'mode' | 'options'>;

/** 角色 multi-select, from the roles the API knows (the shared list until they load). */
export function RoleSelect(props: Props) {
  const roles = useRoles();
  const options = roles.data
    ? roles.data.map((r) => ({ value: r.code, label: r.name, description: r.description }))
    : STAFF_ROLE_CODES.map((code) => ({
        value: code,
        label: STAFF_ROLES[code].name,
        description: STAFF_ROLES[code].description,
      }));
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      placeholder="请选择角色"
      optionFilterProp="label"
      loading={roles.isPending}
      options={options}
      optionRender={(option) => (
        <>
          <div>{option.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.description}
          </Typography.Text>
        </>
      )}
      {...props}
    />
  );
}
