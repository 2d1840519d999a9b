package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.state.AccessState;
import java.util.ArrayList;
import java.util.List;

/** {@code /access}: login with tickets and TFA, users, API tokens and password changes. */
final class AccessHandlers {
    private final SimulatorContext context;
    private final AccessState access;

    AccessHandlers(SimulatorContext context) {
        this.context = context;
        this.access = context.access();
    }

    void register(HandlerRegistry registry) {
        registry.register(POST, "/access/ticket", this::login)
                .register(GET, "/access/ticket", call -> Reply.none())
                .register(GET, "/access/users", call -> Reply.of(access.listUsers(call.flag("full"))))
                .register(POST, "/access/users", this::createUser)
                .register(GET, "/access/users/{userid}", call -> Reply.of(access.readUser(call.required("userid"))))
                .register(PUT, "/access/users/{userid}", call -> {
                    access.updateUser(call.required("userid"), call.typed());
                    return Reply.none();
                })
                .register(DELETE, "/access/users/{userid}", call -> {
                    access.deleteUser(call.required("userid"));
                    return Reply.none();
                })
                .register(
                        GET,
                        "/access/users/{userid}/token",
                        call -> Reply.of(access.listTokens(call.required("userid"))))
                .register(
                        GET,
                        "/access/users/{userid}/token/{tokenid}",
                        call -> Reply.of(access.readToken(call.required("userid"), call.required("tokenid"))))
                .register(POST, "/access/users/{userid}/token/{tokenid}", this::createToken)
                .register(
                        PUT,
                        "/access/users/{userid}/token/{tokenid}",
                        call -> Reply.of(
                                access.updateToken(call.required("userid"), call.required("tokenid"), call.typed())))
                .register(DELETE, "/access/users/{userid}/token/{tokenid}", call -> {
                    access.deleteToken(call.required("userid"), call.required("tokenid"));
                    return Reply.none();
                })
                .register(PUT, "/access/password", this::changePassword)
                .register(GET, "/access/acl", call -> Reply.of(access.listAcl()))
                .register(PUT, "/access/acl", this::updateAcl);
    }

    private Reply login(ApiCall call) {
        ObjectNode answer = context.auth()
                .login(
                        call.required("username"),
                        call.required("password"),
                        call.text("realm"),
                        call.text("tfa-challenge"),
                        call.text("otp"));
        return Reply.of(answer);
    }

    private Reply createUser(ApiCall call) {
        String userid = call.required("userid");
        access.createUser(userid, call.text("password").orElse(null), call.typed());
        return Reply.none();
    }

    private Reply createToken(ApiCall call) {
        String userid = call.required("userid");
        boolean privsep = !call.has("privsep") || call.flag("privsep");
        long expire = call.integer("expire").orElse(-1L);
        return Reply.of(access.createToken(
                userid,
                call.required("tokenid"),
                privsep,
                expire,
                call.text("comment").orElse(null)));
    }

    private Reply updateAcl(ApiCall call) {
        List<String> ugids = new ArrayList<>(call.list("users"));
        ugids.addAll(call.list("tokens"));
        access.updateAcl(
                call.required("path"),
                call.list("roles"),
                ugids,
                !call.has("propagate") || call.flag("propagate"),
                call.flag("delete"));
        return Reply.none();
    }

    private Reply changePassword(ApiCall call) {
        String userid = call.required("userid");
        access.setPassword(userid, call.required("password"));
        return Reply.none();
    }
}
