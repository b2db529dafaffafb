package dev.forte.server.internal.userpool;

import dev.forte.ForteException;

/** Cognito's rule for a group name: 1 to 128 characters, not blank. */
public final class GroupName {
    private static final int LONGEST = 128;

    private GroupName() {}

    /**
     * Returns {@code group}, checked to be a Cognito group name.
     *
     * @throws ForteException naming the group and the rule when it is not
     */
    public static String checked(String group) {
        if (group.isBlank() || group.length() > LONGEST) {
            throw new ForteException("Group name `" + group + "` is not a Cognito group name: give 1 to " + LONGEST
                    + " characters, e.g. Admin.");
        }
        return group;
    }
}
