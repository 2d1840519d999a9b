package dev.pvecodegen.simulator.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.SimulatorOptions;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Users and their API tokens. All methods are synchronized: handlers run on several threads. */
public final class AccessState {
    private final Map<String, UserAccount> users = new TreeMap<>();
    private final List<AclEntry> acl = new ArrayList<>();
    private final SeededIds ids;

    public AccessState(SimulatorOptions options, SeededIds ids) {
        this.ids = ids;
        for (SimulatorOptions.User user : options.users()) {
            users.put(
                    user.userid(),
                    new UserAccount(
                            user.userid(), user.password(), user.totpSecret().orElse(null)));
        }
        for (SimulatorOptions.Token token : options.tokens()) {
            UserAccount owner = users.get(token.userid());
            if (owner == null) {
                throw new IllegalArgumentException("token " + token + " belongs to an unknown user");
            }
            owner.tokens.put(
                    token.tokenid(),
                    new UserAccount.ApiTokenEntry(token.tokenid(), token.secret(), token.privsep(), 0, null));
        }
    }

    /** The account when the password matches and the account is usable. */
    public synchronized Optional<UserAccount> checkPassword(String userid, String password) {
        UserAccount user = users.get(userid);
        if (user == null
                || !user.enabled
                || user.password == null
                || password == null
                || !MessageDigest.isEqual(
                        user.password.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    public synchronized Optional<String> totpSecret(String userid) {
        UserAccount user = users.get(userid);
        return user == null ? Optional.empty() : user.totpSecret();
    }

    public synchronized boolean isActive(String userid) {
        UserAccount user = users.get(userid);
        return user != null && user.enabled;
    }

    /** True when {@code userid!tokenid} exists, has {@code secret} and has not expired at {@code nowEpoch}. */
    public synchronized boolean checkToken(String userid, String tokenid, String secret, long nowEpoch) {
        UserAccount user = users.get(userid);
        if (user == null || !user.enabled) {
            return false;
        }
        UserAccount.ApiTokenEntry token = user.tokens.get(tokenid);
        return token != null
                && MessageDigest.isEqual(
                        token.secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))
                && (token.expire == 0 || token.expire > nowEpoch);
    }

    public synchronized ArrayNode listUsers(boolean full) {
        ArrayNode list = Json.array();
        for (UserAccount user : users.values()) {
            ObjectNode json = userJson(user);
            json.put("userid", user.userid);
            json.put("realm-type", user.userid.substring(user.userid.indexOf('@') + 1));
            if (user.totpSecret != null) {
                json.put("tfa-locked-until", 0);
                json.put("totp-locked", 0);
            }
            if (full) {
                ArrayNode tokens = json.putArray("tokens");
                user.tokens.values().forEach(token -> tokens.add(tokenJson(token, true)));
            }
            list.add(json);
        }
        return list;
    }

    public synchronized ObjectNode readUser(String userid) {
        UserAccount user = require(userid);
        ObjectNode json = userJson(user);
        ObjectNode tokens = json.putObject("tokens");
        user.tokens.values().forEach(token -> tokens.set(token.tokenid, tokenJson(token, false)));
        return json;
    }

    public synchronized void createUser(String userid, String password, ObjectNode settings) {
        if (users.containsKey(userid)) {
            throw ApiError.serverError("create user failed: user '" + userid + "' already exists");
        }
        UserAccount user = new UserAccount(userid, password, null);
        users.put(userid, user);
        applySettings(user, settings);
    }

    public synchronized void updateUser(String userid, ObjectNode settings) {
        applySettings(require(userid), settings);
    }

    public synchronized void deleteUser(String userid) {
        if (users.remove(userid) == null) {
            throw ApiError.serverError("delete user failed: user '" + userid + "' does not exist");
        }
    }

    public synchronized void setPassword(String userid, String password) {
        require(userid).password = password;
    }

    public synchronized ArrayNode listTokens(String userid) {
        ArrayNode list = Json.array();
        require(userid).tokens.values().forEach(token -> list.add(tokenJson(token, true)));
        return list;
    }

    public synchronized ObjectNode readToken(String userid, String tokenid) {
        return tokenJson(requireToken(userid, tokenid), false);
    }

    /** Creates a token and answers as the real server: the full id, the secret (shown once) and its info. */
    public synchronized ObjectNode createToken(
            String userid, String tokenid, boolean privsep, long expire, String comment) {
        UserAccount user = require(userid);
        if (user.tokens.containsKey(tokenid)) {
            throw ApiError.serverError("Token already exists.");
        }
        UserAccount.ApiTokenEntry token = new UserAccount.ApiTokenEntry(
                tokenid, ids.uuid(), privsep, expire == -1 ? user.expire : expire, comment);
        user.tokens.put(tokenid, token);
        ObjectNode answer = Json.object();
        answer.put("full-tokenid", userid + "!" + tokenid);
        answer.set("info", tokenJson(token, false));
        answer.put("value", token.secret);
        return answer;
    }

    public synchronized ObjectNode updateToken(String userid, String tokenid, ObjectNode settings) {
        UserAccount.ApiTokenEntry token = requireToken(userid, tokenid);
        if (settings.has("privsep")) {
            token.privsep = settings.get("privsep").asBoolean();
        }
        if (settings.has("expire")) {
            token.expire = settings.get("expire").asLong();
        }
        if (settings.has("comment")) {
            token.comment = settings.get("comment").asText();
        }
        return tokenJson(token, false);
    }

    public synchronized void deleteToken(String userid, String tokenid) {
        requireToken(userid, tokenid);
        users.get(userid).tokens.remove(tokenid);
    }

    private UserAccount require(String userid) {
        UserAccount user = users.get(userid);
        if (user == null) {
            throw ApiError.serverError("user '" + userid + "' does not exist");
        }
        return user;
    }

    private UserAccount.ApiTokenEntry requireToken(String userid, String tokenid) {
        UserAccount.ApiTokenEntry token = require(userid).tokens.get(tokenid);
        if (token == null) {
            throw ApiError.serverError("no such token '" + tokenid + "' for user '" + userid + "'");
        }
        return token;
    }

    private static void applySettings(UserAccount user, ObjectNode settings) {
        if (settings.has("enable")) {
            user.enabled = settings.get("enable").asBoolean();
        }
        if (settings.has("expire")) {
            user.expire = settings.get("expire").asLong();
        }
        user.firstname = textOr(settings, "firstname", user.firstname);
        user.lastname = textOr(settings, "lastname", user.lastname);
        user.email = textOr(settings, "email", user.email);
        user.comment = textOr(settings, "comment", user.comment);
        if (settings.has("groups")) {
            user.groups = settings.get("groups").isArray()
                    ? joinArray((ArrayNode) settings.get("groups"))
                    : settings.get("groups").asText();
        }
    }

    private static String joinArray(ArrayNode array) {
        StringBuilder joined = new StringBuilder();
        array.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
        return joined.toString();
    }

    private static String textOr(ObjectNode settings, String key, String fallback) {
        return settings.has(key) ? settings.get(key).asText() : fallback;
    }

    /** The fields both the list and the detail view carry. */
    private static ObjectNode userJson(UserAccount user) {
        ObjectNode json = Json.object();
        json.put("enable", user.enabled ? 1 : 0);
        json.put("expire", user.expire);
        putIfSet(json, "firstname", user.firstname);
        putIfSet(json, "lastname", user.lastname);
        putIfSet(json, "email", user.email);
        putIfSet(json, "comment", user.comment);
        if (!user.groups.isEmpty()) {
            json.put("groups", user.groups);
        }
        return json;
    }

    private static ObjectNode tokenJson(UserAccount.ApiTokenEntry token, boolean withId) {
        ObjectNode json = Json.object();
        if (withId) {
            json.put("tokenid", token.tokenid);
        }
        json.put("privsep", token.privsep ? 1 : 0);
        json.put("expire", token.expire);
        putIfSet(json, "comment", token.comment);
        return json;
    }

    private static void putIfSet(ObjectNode json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /**
     * Whose privileges a caller has: root@pam and tokens without privilege separation of root@pam are
     * unrestricted (empty); other tokens without separation act as their user, separated tokens as themselves.
     */
    public synchronized Optional<String> aclSubject(String userid, Optional<String> tokenid) {
        if (tokenid.isPresent()) {
            UserAccount user = users.get(userid);
            UserAccount.ApiTokenEntry token = user == null ? null : user.tokens.get(tokenid.get());
            if (token != null && token.privsep) {
                return Optional.of(userid + "!" + tokenid.get());
            }
        }
        return userid.equals("root@pam") ? Optional.empty() : Optional.of(userid);
    }

    /** True when an ACL entry for {@code subject} on {@code path} (or above, propagating) grants {@code privilege}. */
    public synchronized boolean granted(String subject, String path, String privilege) {
        boolean allowed = false;
        int depth = -1;
        for (AclEntry entry : acl) {
            if (entry.ugid().equals(subject) && entry.covers(path)) {
                int entryDepth = entry.path().length();
                if (entryDepth > depth) {
                    depth = entryDepth;
                    allowed = entry.grants(privilege);
                } else if (entryDepth == depth) {
                    allowed |= entry.grants(privilege);
                }
            }
        }
        return allowed;
    }

    /** {@code PUT /access/acl}: adds (or with {@code delete} removes) roles for users and tokens on a path. */
    public synchronized void updateAcl(
            String path, List<String> roles, List<String> ugids, boolean propagate, boolean delete) {
        for (String ugid : ugids) {
            String owner = ugid.contains("!") ? ugid.substring(0, ugid.indexOf('!')) : ugid;
            UserAccount user = require(owner);
            if (ugid.contains("!") && !user.tokens.containsKey(ugid.substring(ugid.indexOf('!') + 1))) {
                throw ApiError.serverError("no such token '" + ugid + "'");
            }
            for (String role : roles) {
                acl.removeIf(e -> e.path().equals(path)
                        && e.ugid().equals(ugid)
                        && e.roleid().equals(role));
                if (!delete) {
                    acl.add(new AclEntry(path, ugid, role, propagate));
                }
            }
        }
    }

    public synchronized ArrayNode listAcl() {
        ArrayNode list = Json.array();
        for (AclEntry entry : acl) {
            ObjectNode row = list.addObject();
            row.put("path", entry.path());
            row.put("ugid", entry.ugid());
            row.put("type", entry.ugid().contains("!") ? "token" : "user");
            row.put("roleid", entry.roleid());
            row.put("propagate", entry.propagate() ? 1 : 0);
        }
        return list;
    }
}
