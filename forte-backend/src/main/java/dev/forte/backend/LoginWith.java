package dev.forte.backend;

/**
 * How users sign up and sign in to the backend's user pool: Amplify's {@code defineAuth({ loginWith })}.
 */
public enum LoginWith {
    /**
     * {@code loginWith: { email: true }}, Amplify's default: the email is what users sign up and sign in with; the
     * pool requires it, and gives each user a generated internal username ({@code cognito:username}).
     */
    EMAIL,
    /**
     * Plain usernames, which Amplify Gen 2's {@code defineAuth} does not offer: Forte keeps it for backends and
     * tests written before {@code loginWith}; sign-up takes any username and no attribute is required.
     */
    USERNAME
}
