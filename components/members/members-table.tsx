import { LocalTime } from "@/components/ui/local-time";
import type { Member } from "@/lib/auth/members";
import { ActivationForm } from "./member-actions";
import { RoleForm } from "./role-form";

export function MembersTable({ members, selfId }: { members: Member[]; selfId: string }) {
  const admins = members.filter((member) => member.active && member.role === "admin");
  const onlyAdminId = admins.length === 1 ? admins[0]?.id : undefined;
  return (
    // relative: the table's visually hidden labels are positioned absolutely, and would otherwise escape the
    // scrolling box and make the whole page scroll sideways on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-700 text-sm">
        <caption className="sr-only">Members</caption>
        <thead className="bg-slate-50 dark:bg-slate-950 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
            {/* On a phone these three go under the name, so that the row fits the screen without scrolling sideways. */}
            <th scope="col" className="px-3 py-2 max-sm:hidden">
              Status
            </th>
            <th scope="col" className="px-3 py-2 max-sm:hidden">
              Last sign-in
            </th>
            <th scope="col" className="px-3 py-2 max-sm:hidden">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {members.map((member) => (
            <tr key={member.id} className="align-top">
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900 dark:text-slate-100">{member.name}</div>
                <div className="break-all text-xs text-slate-500 dark:text-slate-400">{member.email}</div>
                <div className="mt-1.5 space-y-1 text-xs text-slate-600 dark:text-slate-400 sm:hidden">
                  <MemberStatus active={member.active} />
                  <div>
                    Last sign-in: <LastSignIn at={member.lastSignInAt} />
                  </div>
                  <ActivationForm key={String(member.active)} member={member} self={member.id === selfId} />
                </div>
              </td>
              <td className="px-3 py-2">
                <RoleForm member={member} onlyAdmin={member.id === onlyAdminId} />
              </td>
              <td className="px-3 py-2 max-sm:hidden">
                <MemberStatus active={member.active} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400 max-sm:hidden">
                <LastSignIn at={member.lastSignInAt} />
              </td>
              <td className="px-3 py-2 max-sm:hidden">
                <ActivationForm key={String(member.active)} member={member} self={member.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberStatus({ active }: { active: boolean }) {
  return active ? (
    <span className="rounded-full bg-emerald-50 dark:bg-emerald-950 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:text-emerald-200">
      Active
    </span>
  ) : (
    <span className="rounded-full bg-slate-100 dark:bg-slate-800 px-2 py-0.5 text-xs font-medium text-slate-700 dark:text-slate-300">
      Deactivated
    </span>
  );
}

function LastSignIn({ at }: { at: Date | null }) {
  return at ? <LocalTime date={at} /> : "Never";
}
