package dev.forte.server.internal.scalars;

import java.util.regex.Pattern;

/**
 * AppSync's {@code AWSIPAddress}: an IPv4 address in dotted-quad notation ({@code 192.0.2.1}) or an unbracketed
 * IPv6 address ({@code 2001:db8::1}, possibly ending in a dotted quad), with an optional CIDR prefix length
 * ({@code 10.0.0.0/8}, {@code 2001:db8::/32}).
 */
final class IpAddressSyntax {
    private static final Pattern OCTET = Pattern.compile("0|[1-9]\\d{0,2}");
    private static final Pattern HEXTET = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern PREFIX_LENGTH = Pattern.compile("0|[1-9]\\d{0,2}");
    private static final int IPV4_BITS = 32;
    private static final int IPV6_BITS = 128;
    private static final int IPV6_HEXTETS = 8;

    private IpAddressSyntax() {}

    static boolean isIpAddress(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (isIpv4(address)) {
            return slash < 0 || isPrefixLength(value.substring(slash + 1), IPV4_BITS);
        }
        return isIpv6(address) && (slash < 0 || isPrefixLength(value.substring(slash + 1), IPV6_BITS));
    }

    static boolean isIpv4(String address) {
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String address) {
        int gap = address.indexOf("::");
        if (gap < 0) {
            return hextetCount(address, true) == IPV6_HEXTETS;
        }
        if (address.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int before = gap == 0 ? 0 : hextetCount(address.substring(0, gap), false);
        int after = gap + 2 == address.length() ? 0 : hextetCount(address.substring(gap + 2), true);
        return before >= 0 && after >= 0 && before + after < IPV6_HEXTETS;
    }

    /**
     * Returns how many 16-bit groups a colon-separated run holds, or -1 if it is malformed. A dotted quad, allowed
     * only at the end of the address, counts as two groups.
     */
    private static int hextetCount(String run, boolean endsAddress) {
        String[] groups = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            boolean last = i == groups.length - 1;
            if (last && endsAddress && isIpv4(groups[i])) {
                count += 2;
            } else if (HEXTET.matcher(groups[i]).matches()) {
                count += 1;
            } else {
                return -1;
            }
        }
        return count;
    }

    private static boolean isPrefixLength(String digits, int maxBits) {
        return PREFIX_LENGTH.matcher(digits).matches() && Integer.parseInt(digits) <= maxBits;
    }
}
