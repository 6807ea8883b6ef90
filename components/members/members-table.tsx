import { LocalTime } from "@/components/ui/local-time";
import type { Member } from "@/lib/auth/members";
import { ActivationForm, RoleForm } from "./member-actions";

export function MembersTable({ members, selfId }: { members: Member[]; selfId: string }) {
  const admins = members.filter((member) => member.active && member.role === "admin");
  const onlyAdminId = admins.length === 1 ? admins[0]?.id : undefined;
  return (
    // relative: the table's visually hidden labels are positioned absolutely, and would otherwise escape the
    // scrolling box and make the whole page scroll sideways on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Members</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Last sign-in
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.id} className="align-top">
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900">{member.name}</div>
                <div className="text-xs text-slate-500">{member.email}</div>
              </td>
              <td className="px-3 py-2">
                <RoleForm member={member} onlyAdmin={member.id === onlyAdminId} />
              </td>
              <td className="px-3 py-2">
                {member.active ? (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                    Active
                  </span>
                ) : (
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                    Deactivated
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                {member.lastSignInAt ? <LocalTime date={member.lastSignInAt} /> : "Never"}
              </td>
              <td className="px-3 py-2">
                <ActivationForm key={String(member.active)} member={member} self={member.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
