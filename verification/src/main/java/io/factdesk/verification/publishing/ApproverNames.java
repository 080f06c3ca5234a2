package io.factdesk.verification.publishing;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.verification.common.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How approving editors are named in public: by the display name the organisation gave them, never by their
 * login name, which is half of a credential. Someone no longer on the staff, or whose display
 * name is their login name, is shown by role only.
 */
public final class ApproverNames {

    /** Shown for an approver who is no longer a member of the organisation. */
    public static final String FORMER_EDITOR = "Editor";

    private ApproverNames() {
    }

    /** The public names of a revision's approvers (stored as comma-separated login names). */
    public static List<String> of(String approvers, Organisation organisation) {
        if (approvers == null || approvers.isBlank()) {
            return List.of();
        }
        List<String> usernames = usernames(approvers);
        Map<String, String> names = OrganisationMember.<OrganisationMember>list(
                        "organisation = ?1 and username in ?2", organisation, usernames).stream()
                .collect(Collectors.toMap(member -> member.username, member -> member.displayName));
        return of(approvers, names);
    }

    /**
     * The public names of a revision's approvers from the display names already read: {@code displayNames} maps
     * the login names of the organisation's members (it may hold more members than approved) to display names.
     */
    public static List<String> of(String approvers, Map<String, String> displayNames) {
        if (approvers == null || approvers.isBlank()) {
            return List.of();
        }
        return usernames(approvers).stream().map(username -> publicName(username, displayNames.get(username)))
                .toList();
    }

    private static List<String> usernames(String approvers) {
        return Arrays.stream(Texts.commaSeparated(approvers)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String publicName(String username, String displayName) {
        // A display name that is just the login name would publish the login name.
        return displayName == null || displayName.isBlank() || displayName.strip().equalsIgnoreCase(username)
                ? FORMER_EDITOR : displayName.strip();
    }
}
