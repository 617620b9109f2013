package org.closeread.base;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** On H2 the application's data source lets one writer at a time hold uncommitted changes ({@link H2WriteGate}). */
@Configuration(proxyBeanMethods = false)
class H2WriteGateConfiguration {

    @Bean
    static BeanPostProcessor h2WriteGate(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                String url = environment.getProperty("spring.datasource.url");
                if (bean instanceof DataSource source && !(bean instanceof H2WriteGate.Gated)
                        && H2WriteGate.wanted(url)) {
                    return H2WriteGate.guard(source, url);
                }
                return bean;
            }
        };
    }
}
