import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { Role } from '@/app';
import { useT } from '@/i18n';
import { Badge, Button, Cluster, FormError, Select, useFormErrors } from '@/ui';
import { DEPARTMENTS, GRANT_ROLE, REVOKE_ROLE, type AdminUser } from '../graphql/admin.graphql';
import { ActionNotice, useActionResult } from './ActionNotice';

const GRANTABLE: Role[] = ['AGENT', 'MODERATOR', 'COUNCIL', 'ADMIN'];

/**
 * Give and take back roles of one account. The mutations return the user with its roles and
 * departments, so the normalised cache updates the page without a refetch; the result is said and
 * focused (a revoked role's button is gone).
 */
export function UserRoles({ user }: { user: AdminUser }) {
  const t = useT();
  const form = useFormErrors();
  const action = useActionResult();
  const [role, setRole] = useState<Role | ''>('');
  const departments = useQuery(DEPARTMENTS);
  const [grantRole, granting] = useMutation(GRANT_ROLE);
  const [revokeRole, revoking] = useMutation(REVOKE_ROLE);
  const roleName = (r: Role) => t(`identity.roles.${r}`);

  async function onGrant(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    action.clear();
    const data = new FormData(event.currentTarget);
    const chosen = String(data.get('role') ?? '') as Role;
    const departmentId = String(data.get('departmentId') ?? '') || null;
    const result = await form.run(() =>
      grantRole({ variables: { userId: user.id, role: chosen, departmentId: chosen === 'AGENT' ? departmentId : null } }),
    );
    if (result?.data) {
      const department = result.data.grantRole.departments.find((d) => d.id === departmentId);
      const label = department ? `${roleName(chosen)} · ${department.name}` : roleName(chosen);
      action.show('success', t('admin.users.granted', { role: label, name: user.displayName }));
    }
  }

  async function onRevoke(r: Role, departmentId: string | undefined, label: string) {
    action.clear();
    const result = await form.run(() => revokeRole({ variables: { userId: user.id, role: r, departmentId: departmentId ?? null } }));
    if (result?.data) action.show('success', t('admin.users.revoked', { role: label, name: user.displayName }));
  }

  const revocable = user.roles.flatMap((r): { role: Role; departmentId: string | undefined; label: string }[] => {
    if (r === 'RESIDENT') return [];
    if (r === 'AGENT' && user.departments.length) {
      return user.departments.map((d) => ({ role: r, departmentId: d.id, label: `${roleName(r)} · ${d.name}` }));
    }
    return [{ role: r, departmentId: undefined, label: roleName(r) }];
  });

  return (
    <div>
      <ActionNotice result={action.result} />
      <FormError form={form} />
      <h3>{t('admin.users.currentRoles')}</h3>
      {revocable.length === 0 && <p className="p-muted">{t('admin.users.onlyResident')}</p>}
      {revocable.length > 0 && (
        <ul className="p-list">
          {revocable.map((r) => (
            <li key={`${r.role}-${r.departmentId ?? ''}`}>
              <span className="p-list__main">
                <Badge tone="info">{r.label}</Badge>
              </span>
              <Button
                variant="secondary"
                size="small"
                disabled={revoking.loading}
                aria-label={t('admin.users.revokeLabel', { role: r.label, name: user.displayName })}
                onClick={() => void onRevoke(r.role, r.departmentId, r.label)}
              >
                {t('admin.users.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onGrant} noValidate>
        <Select
          label={t('admin.users.grantRole')}
          required
          options={GRANTABLE.map((r) => ({ value: r, label: roleName(r) }))}
          value={role}
          onChange={(e) => setRole(e.target.value as Role | '')}
          {...form.field('role')}
        />
        {role === 'AGENT' && (
          <Select
            label={t('admin.users.department')}
            hint={t('admin.users.departmentHint')}
            required
            options={(departments.data?.departments ?? []).filter((d) => !d.archived).map((d) => ({ value: d.id, label: d.name }))}
            {...form.field('departmentId')}
          />
        )}
        <Cluster>
          <Button type="submit" size="small" disabled={!role} loading={granting.loading} loadingLabel={t('admin.users.granting')}>
            {t('admin.users.grant')}
          </Button>
        </Cluster>
      </form>
    </div>
  );
}
