package io.factdesk.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** The JSON path of an invalid field, as problem violations name it: "text", "entries[1].colour", "body". */
final class ViolationPaths {

    private ViolationPaths() {
    }

    /** The field path without the method and parameter names: "text", "entries[1].colour", "body". */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (field.length() > 0 && isBody(field.toString())) {
                field.setLength(0);
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 || isBody(field.toString()) ? "body" : field.toString();
    }

    private static boolean isBody(String name) {
        return name.equals("request") || name.equals("body") || name.endsWith("Request");
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
