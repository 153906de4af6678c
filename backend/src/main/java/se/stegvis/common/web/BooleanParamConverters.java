package se.stegvis.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import se.stegvis.common.error.ApiException;

/**
 * Boolean query parameters take exactly {@code true} or {@code false}, as the contract's
 * {@code type: boolean} says. The default conversion ({@code Boolean.valueOf}) reads anything else
 * as false, so {@code current=yes} would silently list every group instead of answering 400.
 */
@Provider
public class BooleanParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String parameter = GeneratedEnumParamConverters.parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null) {
                    return null;
                }
                return switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    // A WebApplicationException passes a converter unchanged (anything else becomes a 404).
                    default -> throw new BadRequestException(ApiException.badRequest(parameter, "must be true or false"));
                };
            }

            @Override
            public String toString(Boolean value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
