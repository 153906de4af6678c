package se.stegvis.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import se.stegvis.common.error.ApiException;

/**
 * Query parameters typed with a contract enum (e.g. {@code phase=trial}) are converted with the
 * generated {@code fromValue}, so that they accept the contract's lower-case values and an
 * unknown value answers 400 naming the parameter.
 */
@Provider
public class GeneratedEnumParamConverters implements ParamConverterProvider {

    private static final String GENERATED_MODEL = "se.stegvis.api.generated.model.";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !rawType.getName().startsWith(GENERATED_MODEL)) {
            return null;
        }
        Method fromValue;
        try {
            fromValue = rawType.getMethod("fromValue", String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
        String parameter = parameterName(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) fromValue.invoke(null, value);
                } catch (ReflectiveOperationException e) {
                    // A WebApplicationException passes a converter unchanged (anything else becomes a 404).
                    throw new BadRequestException(ApiException.badRequest(parameter, "not one of the allowed values"));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof jakarta.ws.rs.QueryParam q) {
                return q.value();
            }
        }
        return "parameter";
    }
}
