import { Link as RouterLink } from 'react-router';
import { BodyShort, Link, Table, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import type { Organisation, User } from '../api/users';
import { displayName } from '../utils';

interface UserTableProps {
  users: readonly User[];
  organisations: readonly Organisation[];
  userHref: (user: User) => string;
}

/** The realm's users: name (link to edit), username, roles, organisation, active, last login. */
export function UserTable({ users, organisations, userHref }: UserTableProps) {
  const { t } = useTranslation();
  const orgName = (code: string | null | undefined) =>
    code ? (organisations.find((o) => o.code === code)?.name ?? code) : t('adminUsers.table.none');
  return (
    <TableScroll>
      <Table size="medium" zebraStripes>
        <caption className="aksel-sr-only">{t('adminUsers.table.caption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('adminUsers.table.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('adminUsers.table.username')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('adminUsers.table.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('adminUsers.table.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('adminUsers.table.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('adminUsers.table.lastLogin')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.DataCell>
                <Link as={RouterLink} to={userHref(user)}>
                  {displayName(user)}
                </Link>
              </Table.DataCell>
              <Table.DataCell>{user.username}</Table.DataCell>
              <Table.DataCell>
                {user.roles.length === 0 ? (
                  <BodyShort size="small" textColor="subtle">
                    {t('roles.none')}
                  </BodyShort>
                ) : (
                  user.roles.map((r) => t(`roles.${r}`)).join(', ')
                )}
              </Table.DataCell>
              <Table.DataCell>{orgName(user.organisationCode)}</Table.DataCell>
              <Table.DataCell>
                <Tag size="small" variant={user.enabled ? 'success' : 'neutral'}>
                  {user.enabled ? t('adminUsers.table.enabled') : t('adminUsers.table.disabled')}
                </Tag>
              </Table.DataCell>
              <Table.DataCell>{user.lastLoginAt ? formatDate(user.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('adminUsers.table.never')}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
