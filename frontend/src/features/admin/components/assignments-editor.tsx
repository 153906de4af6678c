import { BodyShort, Button, Checkbox, CheckboxGroup, Fieldset, HStack, Select, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../api/users';
import { newAssignment, type AssignmentValues } from '../utils';

interface AssignmentsEditorProps {
  value: AssignmentValues[];
  projects: readonly Project[];
  onChange: (value: AssignmentValues[]) => void;
  error?: string;
}

/**
 * Which projects, and within them which municipalities, the user works in. No municipality ticked
 * means every municipality the project serves (the API's empty list).
 */
export function AssignmentsEditor({ value, projects, onChange, error }: AssignmentsEditorProps) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<AssignmentValues>) =>
    onChange(value.map((a) => (a.key === key ? { ...a, ...change } : a)));
  return (
    <Fieldset
      id="user-assignments"
      legend={t('adminUsers.form.assignments')}
      description={t('adminUsers.form.assignmentsHelp')}
      error={error}
      tabIndex={-1}
    >
      <VStack gap="space-16">
        {value.length === 0 && (
          <BodyShort size="small" textColor="subtle">
            {t('adminUsers.form.noAssignments')}
          </BodyShort>
        )}
        {value.map((a, index) => {
          const project = projects.find((p) => p.id === a.projectId);
          const label = t('adminUsers.form.assignmentN', { n: index + 1 });
          return (
            <VStack key={a.key} gap="space-8" className="admin-assignment">
              <HStack gap="space-16" align="end">
                <Select
                  label={t('adminUsers.form.project')}
                  description={label}
                  value={a.projectId}
                  onChange={(e) => update(a.key, { projectId: e.target.value, municipalityCodes: [] })}
                >
                  <option value="">{t('adminUsers.form.chooseProject')}</option>
                  {projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
                <Button
                  type="button"
                  variant="tertiary"
                  size="small"
                  onClick={() => onChange(value.filter((x) => x.key !== a.key))}
                >
                  {t('adminUsers.form.removeAssignment', { label: project?.name ?? label })}
                </Button>
              </HStack>
              {project && (
                <CheckboxGroup
                  legend={t('adminUsers.form.municipalitiesIn', { project: project.name })}
                  description={t('adminUsers.form.municipalitiesHelp')}
                  size="small"
                  value={a.municipalityCodes}
                  onChange={(codes: string[]) => update(a.key, { municipalityCodes: codes })}
                >
                  {project.municipalities.map((m) => (
                    <Checkbox key={m.municipalityCode} value={m.municipalityCode}>
                      {m.municipalityName ?? m.municipalityCode}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
              )}
            </VStack>
          );
        })}
        <div>
          <Button type="button" variant="secondary" size="small" onClick={() => onChange([...value, newAssignment()])}>
            {t('adminUsers.form.addAssignment')}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
