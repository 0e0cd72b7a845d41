import { theme } from 'antd';

const rows = [
  { who: '律师', how: '身份证号后六位（字母小写）' },
  { who: '律师事务所', how: '执业证号后六位' },
  { who: '公司/公职律师办公室', how: '123456' },
];

/** Who logs in with what initial password (operation manual §1.2). */
export function InitialPasswordHint() {
  // Plain elements, not Typography: the login page carries no more script than it needs.
  const { token } = theme.useToken();
  return (
    <div style={{ fontSize: 13 }}>
      <strong>初始密码说明</strong>
      <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
        {rows.map((row) => (
          <li key={row.who}>
            {row.who}：{row.how}
          </li>
        ))}
      </ul>
      <span style={{ color: token.colorTextSecondary }}>
        律师使用执业证号或会员编号登录；律师事务所使用执业证号登录；公司/公职律师办公室使用会员编号登录。首次登录后须修改初始密码。
      </span>
    </div>
  );
}
