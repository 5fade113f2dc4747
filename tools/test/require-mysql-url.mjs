// Guard for `npm run test:mysql`: it needs a MySQL/MariaDB server to create throwaway databases on.
const url = process.env.DATABASE_URL ?? '';
if (!/^(mysql|mariadb):\/\//.test(url)) {
  console.error(
    'npm run test:mysql needs DATABASE_URL pointing at a MySQL/MariaDB server, e.g.\n' +
      '  DATABASE_URL=mysql://root@127.0.0.1:3306/dvc npm run test:mysql\n' +
      'Each run creates and drops its own dvc_test_* databases there.',
  );
  process.exit(1);
}
