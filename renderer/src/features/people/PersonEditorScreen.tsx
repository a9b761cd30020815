import { useLocation } from 'wouter';
import { emptyPersonInput, type PersonInput } from '@shared/domain/person';
import type { Person } from '@shared/domain/types';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { createPerson, updatePerson } from '@renderer/db/people-repository';
import { useUiStore } from '@renderer/state/ui-store';
import { useSettings } from '@renderer/hooks/use-settings';
import { PersonForm } from './PersonForm';
import { usePerson } from '@renderer/hooks/use-people';

function toInput(person: Person): PersonInput {
  const { name, title, emails, relationship, influence, stance, desiredStance, cadenceDays, notes } = person;
  return {
    name,
    title,
    emails,
    function: person.function,
    relationship,
    influence,
    stance,
    desiredStance,
    cadenceDays,
    notes,
  };
}

export const NEW_PERSON_DRAFT = 'person:new';

export function NewPersonScreen() {
  const [, navigate] = useLocation();
  const settings = useSettings();
  const showNotice = useUiStore((state) => state.showNotice);
  if (!settings) return null;
  return (
    <section className="screen">
      <ScreenHeading>Add a person</ScreenHeading>
      <PersonForm
        initial={emptyPersonInput(settings.cadenceDefaults)}
        draftKey={NEW_PERSON_DRAFT}
        cadenceDefaults={settings.cadenceDefaults}
        submitLabel="Add person"
        onCancel={() => navigate('/people')}
        onSubmit={async (input) => {
          const person = await createPerson(input);
          showNotice({ message: `${person.name} added.`, tone: 'info' });
          navigate(`/people/${person.id}`);
        }}
      />
    </section>
  );
}

export function EditPersonScreen({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const person = usePerson(id);
  const settings = useSettings();
  const showNotice = useUiStore((state) => state.showNotice);
  if (person === undefined || !settings) return null;
  if (person === null) {
    return (
      <section className="screen">
        <ScreenHeading>Person not found</ScreenHeading>
        <p>This person may have been removed.</p>
      </section>
    );
  }
  return (
    <section className="screen">
      <ScreenHeading>Edit {person.name}</ScreenHeading>
      <PersonForm
        // PersonForm reads `initial` once: another person's form starts afresh, with its own draft.
        key={id}
        initial={toInput(person)}
        draftKey={`person:${id}`}
        cadenceDefaults={settings.cadenceDefaults}
        submitLabel="Save changes"
        onCancel={() => navigate(`/people/${id}`)}
        onSubmit={async (input) => {
          await updatePerson(id, input);
          showNotice({ message: 'Changes saved.', tone: 'info' });
          navigate(`/people/${id}`);
        }}
      />
    </section>
  );
}
