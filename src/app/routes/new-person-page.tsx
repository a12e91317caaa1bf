import { Link, useNavigate, useRouteContext } from "@tanstack/react-router";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { useSavePerson } from "../../features/people/api/people";
import { PersonForm } from "../../features/people/components/person-form";
import { canEditPeople } from "../../shared/permissions";

export function NewPersonPage() {
  usePageTitle("New person");
  const { user } = useRouteContext({ from: "/authed" });
  const save = useSavePerson();
  const navigate = useNavigate();
  const flash = useFlash();
  if (!canEditPeople(user)) {
    return (
      <>
        <h1>New person</h1>
        <p>Your role can read the people directory but not add to it.</p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/people">People</Link>
      </p>
      <h1>New person</h1>
      <PersonForm
        person={null}
        withPersonal
        onSubmit={async (values) => {
          const person = await save.mutateAsync(values);
          flash.show(`Added ${person.name}.`);
          return person;
        }}
        onSaved={(person) => void navigate({ to: "/people/$id", params: { id: person.id } })}
      />
    </>
  );
}
