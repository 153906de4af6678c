import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { BodyShort, Button, HStack, Link, Search, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useCreateUser, useOrganisations, useUpdateUser, useUser, useUsers, type UserCreated } from '@/features/admin/api/users';
import { UserCreatedAlert } from '@/features/admin/components/user-created';
import { UserForm } from '@/features/admin/components/user-form';
import { UserTable } from '@/features/admin/components/user-table';
import { displayName, emptyUserValues, toUserInput, toUserUpdate, valuesFromUser } from '@/features/admin/utils';
import { adminUserPath, paths } from '../paths';

/** `/admin`: the realm's users, searchable, with "Ny användare". */
export function AdminRoute() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const users = useUsers(q);
  const organisations = useOrganisations();

  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('adminUsers.title')}</PageHeading>
        <BodyShort>{t('adminUsers.intro')}</BodyShort>
      </div>
      <HStack gap="space-16" align="end" justify="space-between">
        <form role="search" onSubmit={(e) => e.preventDefault()} style={{ minWidth: '18rem' }}>
          <Search
            label={t('adminUsers.search.label')}
            description={t('adminUsers.search.description')}
            variant="simple"
            hideLabel={false}
            value={q}
            onChange={setQ}
            onClear={() => setQ('')}
          />
        </form>
        <Button as={RouterLink} to={paths.adminNewUser} role="link">
          {t('adminUsers.newUser')}
        </Button>
      </HStack>
      {users.isPending ? (
        <PageLoader label={t('adminUsers.loading')} />
      ) : users.isError ? (
        <ErrorAlert error={users.error} title={t('adminUsers.errorTitle')} onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <BodyShort>{q.trim() ? t('adminUsers.emptySearch') : t('adminUsers.empty')}</BodyShort>
      ) : (
        <VStack gap="space-8">
          <BodyShort size="small" textColor="subtle" aria-live="polite">
            {t('adminUsers.count', { count: users.data.length })}
          </BodyShort>
          <UserTable users={users.data} organisations={organisations.data ?? []} userHref={(u) => adminUserPath(u.id)} />
        </VStack>
      )}
    </VStack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <BodyShort spacing>
      <Link as={RouterLink} to={paths.admin}>
        {t('adminUsers.back')}
      </Link>
    </BodyShort>
  );
}

/** `/admin/anvandare/ny` */
export function NewUserRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateUser();
  // Kept in memory only: the temporary password is shown once, never stored or put in the URL.
  const [created, setCreated] = useState<UserCreated>();

  if (created) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t('adminUsers.form.createTitle')}</PageHeading>
        <UserCreatedAlert user={created} />
        <HStack gap="space-16">
          <Button as={RouterLink} to={paths.admin} variant="primary" role="link">
            {t('adminUsers.created.toList')}
          </Button>
          <Button as={RouterLink} to={adminUserPath(created.id)} variant="secondary" role="link">
            {t('adminUsers.created.toUser', { name: displayName(created) })}
          </Button>
        </HStack>
      </VStack>
    );
  }
  return (
    <VStack gap="space-16">
      <div>
        <PageHeading>{t('adminUsers.form.createTitle')}</PageHeading>
        <BackLink />
        <BodyShort>{t('adminUsers.form.createIntro')}</BodyShort>
      </div>
      <UserForm
        mode="create"
        initial={emptyUserValues()}
        pending={mutation.isPending}
        error={mutation.error}
        onSubmit={(values) => mutation.mutate(toUserInput(values), { onSuccess: setCreated })}
        onCancel={() => void navigate(paths.admin)}
      />
    </VStack>
  );
}

/** `/admin/anvandare/:userId` */
export function EditUserRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { userId = '' } = useParams();
  const query = useUser(userId);
  const mutation = useUpdateUser(userId);

  if (query.isPending) return <PageLoader label={t('adminUsers.loadingOne')} />;
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('adminUsers.form.editTitle')}</PageHeading>
        <BackLink />
        <ErrorAlert error={query.error} title={t('adminUsers.errorTitleOne')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const user = query.data;
  return (
    <VStack gap="space-16">
      <div>
        <PageHeading>{displayName(user)}</PageHeading>
        <BackLink />
        <BodyShort>
          {t('adminUsers.form.editIntro', { username: user.username, email: user.email ?? t('adminUsers.table.none') })}
        </BodyShort>
      </div>
      <UserForm
        key={user.id}
        mode="edit"
        initial={valuesFromUser(user)}
        pending={mutation.isPending}
        error={mutation.error}
        onSubmit={(values) => mutation.mutate(toUserUpdate(values), { onSuccess: () => void navigate(paths.admin) })}
        onCancel={() => void navigate(paths.admin)}
      />
    </VStack>
  );
}
