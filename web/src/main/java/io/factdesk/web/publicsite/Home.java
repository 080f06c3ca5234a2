package io.factdesk.web.publicsite;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@PermitAll
public class Home {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String index() {
        return "Factdesk";
    }
}
